# extsim conformance workload, fsxgen.py seed 183 (files up to 256k)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x42 37975 163774" -c "fsync" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 1000 11746 100242" -c "fiemap -v" -c "truncate 200k" -c "truncate 153529" -c "pwrite -S 0x42 -b 4k 47719 62911" -c "dedupe $mnt/file0 88k 100k 44k" -c "dedupe $mnt/file0 56k 140k 4k" -c "fsync" $mnt/file0
xfs_io -f -c "fsync" $mnt/file0
xfs_io -f -c "fpunch 100k 116k" -c "fzero -k 192220 41124" -c "truncate 132k" -c "reflink $mnt/file0 108k 24k 20k" -c "pwrite -S 0x43 36k 120k" $mnt/file0
btrfs subvolume snapshot $mnt $mnt/snap1
xfs_io -f -c "fzero -k 12k 48k" -c "fpunch 52k 80k" -c "pwrite -S 0xcd -b 1000 132k 8k" -c "pwrite -S 0xcd -b 512 116k 32k" -c "reflink $mnt/file0 24k 212k 16k" -c "dedupe $mnt/file0 92k 20k 0" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 124k 172k 104k" -c "pwrite -S 0x41 -b 1000 176417 19378" $mnt/file0
umount $mnt
mount $dev $mnt
xfs_io -f -c "pread -q 228615 9130" -c "fdatasync" -c "dedupe $mnt/file0 112k 128k 28k" -c "pwrite -S 0xcd 88k 60k" -c "pread -q 216k 12k" $mnt/file0
xfs_io -f -c "sync_range -w 188k 8k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 204k 4k" $mnt/file0
xfs_io -f -c "fzero -k 17729 202668" $mnt/file0
xfs_io -f -c "truncate 28k" -c "pwrite -S 0x43 -b 64k 26962 129507" -c "fsync" $mnt/file0
