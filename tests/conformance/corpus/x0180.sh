# extsim conformance workload, fsxgen.py seed 180 (files up to 256k)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "fiemap -v" -c "pwrite -S 0x44 -b 1000 0 24k" -c "fsync" -c "fzero -k 62859 87317" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 24k 64k 4k" -c "truncate 8k" -c "pwrite -S 0x44 -b 1m 4k 20k" -c "fpunch 12k 100k" -c "truncate 17899" -c "pwrite -S 0x42 -b 12k 9916 16866" -c "dedupe $mnt/file0 8k 36k 18590" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 20k 76k 4k" -c "pwrite -S 0x43 29665 3869" -c "fsync" -c "fpunch 96k 4k" -c "pwrite -S 0x43 -b 1000 44145 1558" -c "pwrite -S 0x43 36k 140k" -c "pwrite -S 0x42 -b 512 91774 89739" -c "fzero -k 101147 3480" $mnt/file0
xfs_io -f -c "falloc -k 24k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 104k 52k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 96k 24k 52k" -c "sync_range -w 148k 32k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 1m 160k 56k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 64k 23462 127179" -c "pwrite -S 0xcd 146921 103523" -c "pwrite -S 0x43 -b 12k 92k 92k" -c "fpunch 912 110733" -c "reflink $mnt/file0 68k 160k 180812" $mnt/file0
xfs_io -f -c "fdatasync" -c "pwrite -S 0x43 154951 92962" -c "fsync" -c "pwrite -S 0x41 -b 1000 124k 4k" -c "pwrite -S 0x41 -b 512 84k 68k" -c "pwrite -S 0x44 120k 112k" -c "falloc 128k 112k" $mnt/file0
xfs_io -f -c "fpunch 100k 16k" -c "fdatasync" -c "pwrite -S 0xcd 194990 10735" -c "fdatasync" -c "fpunch 158094 37721" -c "reflink $mnt/file0 108k 164k 234060" $mnt/file0
