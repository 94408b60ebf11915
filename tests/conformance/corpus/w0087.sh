# extsim conformance workload, gen.py seed 87
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 28k 192k" $mnt/f0
xfs_io -c "pwrite 20k 56k" $mnt/f0
xfs_io -c "reflink $mnt/f0 168k 8k 32k" $mnt/f0
xfs_io -c "pwrite -S 0x61 536k 1m" $mnt/f0
xfs_io -c "pwrite -S 0x62 876k 148k" $mnt/f0
xfs_io -c "pwrite -S 0x63 700319 4166" $mnt/f0
xfs_io -c "pwrite -S 0x61 312k 44k" $mnt/f0
xfs_io -c "fpunch 1253376 23" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 456k 8k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 400k 1548288 24k" $mnt/f0
xfs_io -c "truncate 968k" $mnt/f0
xfs_io -c "pwrite -S 0x61 604k 24k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 104k 88k" $mnt/f0
xfs_io -c "pwrite 404189 4k" -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 700k 312k 16k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 76k 88k 16k" $mnt/f0
xfs_io -c "fzero 80k 120k" $mnt/f0
xfs_io -c "reflink $mnt/f0 104k 264k 868k" $mnt/f0
xfs_io -c "reflink $mnt/f0 936k 912k 44k" $mnt/f0
sync
xfs_io -c "reflink $mnt/f0 796k 704k 11117" $mnt/f0
md5sum $mnt/f0
sync
xfs_io -c "reflink $mnt/f0 964k 152k 8k" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "pwrite -S 0xcd -b 1m 346704 2m" $mnt/f0
sync
xfs_io -c "reflink $mnt/f0 1163264 1929216 972k" $mnt/f0
xfs_io -c "truncate 1527808" $mnt/f0
xfs_io -c "falloc 736159 20k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "pwrite 384k 1329" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "truncate 1061762" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 16k 592k 128k" $mnt/f0
xfs_io -c "reflink $mnt/f0 964k 248k 4k" $mnt/f0
