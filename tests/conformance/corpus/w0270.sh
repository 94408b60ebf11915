# extsim conformance workload, gen.py seed 270
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite 8110080 36k" $mnt/f0
sync
md5sum $mnt/f0
xfs_io -f -c "pwrite -S 0x63 6197248 52k" $mnt/f0
xfs_io -c "reflink $mnt/f0 3698688 3686400 24k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 2015232 36k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 5369856 48k 16k" $mnt/f0
xfs_io -c "pwrite -S 0x63 6422528 44k" $mnt/f0
xfs_io -c "reflink $mnt/f0 5222400 6967296 1495040" $mnt/f0
sync
xfs_io -c "truncate 240k" $mnt/f0
xfs_io -c "falloc 4055040 64k" $mnt/f0
xfs_io -c "reflink $mnt/f0 620k 248k 2879488" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "reflink $mnt/f0 3227648 284k 8857" $mnt/f0
xfs_io -c "dedupe $mnt/f0 3833856 36k 24k" $mnt/f0
xfs_io -c "reflink $mnt/f0 3063808 460k 552k" $mnt/f0
sync
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x61 3944448 116k" -c "fdatasync" $mnt/f0
sync
xfs_io -c "fsync" $mnt/f0
sync
xfs_io -c "pwrite -S 0x63 632k 60k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 3710976 60k" $mnt/f0
xfs_io -c "falloc -k 2850816 32k" $mnt/f0
xfs_io -c "truncate 5221067" $mnt/f0
xfs_io -c "reflink $mnt/f0 2629632 4481024 20k" $mnt/f0
xfs_io -c "fzero 1290240 52k" $mnt/f0
xfs_io -c "reflink $mnt/f0 2650112 1929216 1748992" $mnt/f0
xfs_io -c "reflink $mnt/f0 480k 4763648 4733643" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0x63 2625536 8k" $mnt/f0
xfs_io -c "falloc 1449984 44k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 800k 0 20k" $mnt/f0
xfs_io -c "reflink $mnt/f0 64k 3497984 5163723" $mnt/f0
xfs_io -c "falloc -k 2895872 64k" $mnt/f0
