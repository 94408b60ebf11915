# extsim conformance workload, fsxgen.py seed 43 (files up to 4m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "fiemap -v" -c "fzero -k 3050 1652285" -c "pwrite -S 0xcd -b 12k 784 65009" -c "sync_range -w 20k 260k" -c "fdatasync" -c "pwrite -S 0xcd 20k 560k" -c "reflink $mnt/file0 60k 96k 60k" -c "falloc 448k 16k" $mnt/file0
xfs_io -f -c "falloc -k 73768 2434" -c "falloc -k 435079 2934" -c "pwrite -S 0x42 -b 512 322461 3480" -c "pwrite -S 0x43 124k 4k" -c "pwrite -S 0x41 -b 512 478396 808652" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 532k 1216k 44k" -c "pwrite -S 0x42 384k 4k" -c "falloc -k 784k 920k" -c "sync_range -b 52k 4k" $mnt/file0
xfs_io -f -c "fpunch 12825 1799" -c "pwrite -S 0x41 -b 12k 790067 442506" -c "falloc -k 1104k 28k" $mnt/file0
umount $mnt
mount $dev $mnt
xfs_io -f -c "fzero -k 468270 1700" -c "reflink $mnt/file0 908k 612k 60k" $mnt/file0
xfs_io -f -c "fpunch 448157 3254" -c "reflink $mnt/file0 180k 472k 28k" -c "sync_range -a 344k 1892k" -c "truncate 936k" -c "truncate 120021" -c "falloc -k 48k 1336k" -c "pwrite -S 0x43 -b 64k 44k 888k" $mnt/file0
xfs_io -f -c "truncate 1276k" -c "pwrite -S 0x44 1064418 34203" -c "fsync" $mnt/file0
