# extsim conformance workload, gen.py seed 339
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 760k 8149" $mnt/f0
xfs_io -c "fzero -k 692k 48k" $mnt/f0
sync
xfs_io -f -c "reflink $mnt/f1 216k 472k 12k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 72k 0 24k" $mnt/f1
xfs_io -c "pwrite -S 0x62 512k 128k" $mnt/f1
xfs_io -c "pwrite -S 0x62 12k 20k" -c "fdatasync" $mnt/f1
xfs_io -c "fzero -k 532k 4k" $mnt/f0
xfs_io -c "fpunch 268k 20k" $mnt/f1
xfs_io -c "fsync" $mnt/f1
xfs_io -c "dedupe $mnt/f1 100k 4k 28k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 304k 224k 12k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 448k 28k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 563530 24k" $mnt/f0
xfs_io -c "falloc -k 572k 16k" $mnt/f0
md5sum $mnt/f0
xfs_io -c "falloc 612k 52k" $mnt/f0
xfs_io -c "fpunch 136k 28k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 584k 204k" $mnt/f2
xfs_io -c "falloc 436k 8k" $mnt/f0
xfs_io -c "dedupe $mnt/f2 552k 20k 8k" $mnt/f0
xfs_io -c "fpunch 727538 224k" $mnt/f0
xfs_io -f -c "truncate 580k" $mnt/f3
xfs_io -c "pwrite -S 0x61 174127 8k" -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 536k 0 241621" $mnt/f3
chattr +C $mnt/f2
xfs_io -c "falloc -k 472k 28k" $mnt/f2
xfs_io -c "dedupe $mnt/f2 504k 8k 32k" $mnt/f0
xfs_io -c "reflink $mnt/f2 444k 548k 328k" $mnt/f3
sync
xfs_io -c "pwrite -S 0x63 712k 60k" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 64k 28k" $mnt/f3
md5sum $mnt/f2
xfs_io -c "pwrite -S 0x62 588k 2m" $mnt/f3
xfs_io -c "fpunch 1863680 24k" $mnt/f3
