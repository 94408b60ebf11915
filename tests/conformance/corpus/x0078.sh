# extsim conformance workload, fsxgen.py seed 78 (files up to 256k)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/file0 0 48k 4k" -c "pread -q 22117 184181" -c "pwrite -S 0x42 -b 512 20k 12k" -c "pwrite -S 0x42 42201 186960" -c "reflink $mnt/file0 184k 40k 40745" -c "fpunch 207222 3369" -c "fpunch 64k 4k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 40k 0 0" -c "pwrite -S 0x44 -b 1m 35262 2458" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 108k 60k" -c "pwrite -S 0x43 80k 16k" -c "reflink $mnt/file0 120k 76k 0" $mnt/file0
xfs_io -f -c "fzero -k 56k 4k" $mnt/file0
xfs_io -f -c "fpunch 91130 90494" -c "fzero 208k 28k" -c "pwrite -S 0x43 39029 143347" -c "reflink $mnt/file0 48k 76k 20k" -c "pread -q 165778 73491" $mnt/file0
xfs_io -f -c "fsync" -c "pwrite -S 0x43 116k 32k" -c "fpunch 75754 163604" -c "pwrite -S 0x41 189628 23675" -c "truncate 158009" -c "pwrite -S 0x41 156k 4k" -c "fsync" $mnt/file0
sync
xfs_io -f -c "pwrite -S 0x42 120079 126666" -c "sync_range -w 60k 88k" -c "pwrite -S 0xcd -b 4k 204k 24k" -c "fsync" -c "falloc 104668 3436" $mnt/file0
xfs_io -f -c "truncate 240k" -c "truncate 146403" -c "truncate 157668" -c "fpunch 146563 73802" -c "fsync" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 -b 4k 62525 123599" -c "pwrite -S 0x44 36769 86280" $mnt/file0
xfs_io -f -c "fzero 176k 76k" -c "pwrite -S 0x44 239124 2480" -c "falloc -k 85582 32962" -c "pwrite -S 0x44 58231 104306" -c "reflink $mnt/file0 96k 120k 56k" -c "fsync" $mnt/file0
