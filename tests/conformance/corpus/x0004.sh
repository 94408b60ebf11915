# extsim conformance workload, fsxgen.py seed 4 (files up to 4m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "fsync" -c "truncate 493644" -c "fsync" -c "falloc 55670 449631" -c "pwrite -S 0x43 -b 1m 2279585 21604" -c "pwrite -S 0x41 -b 4k 1627104 23304" -c "fsync" $mnt/file0
xfs_io -f -c "fdatasync" -c "dedupe $mnt/file0 2080k 796k 40k" -c "pwrite -S 0xcd -b 4k 181355 380" -c "fsync" -c "reflink $mnt/file0 592k 800k 0" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 512 1344982 42407" -c "truncate 1944k" -c "pwrite -S 0x43 748859 2341" -c "pwrite -S 0xcd 320674 3612861" -c "dedupe $mnt/file0 1200k 2528k 60k" $mnt/file0
xfs_io -f -c "fdatasync" -c "pwrite -S 0x44 1531721 608876" -c "pwrite -S 0xcd 248888 453" -c "reflink $mnt/file0 2236k 2008k 44k" -c "pwrite -S 0x44 -b 12k 1716817 62622" -c "fzero -k 1016k 880k" $mnt/file0
umount $mnt
mount $dev $mnt
xfs_io -f -c "fpunch 215057 245065" -c "fdatasync" -c "fpunch 3652811 4050" -c "falloc -k 3576k 40k" $mnt/file0
xfs_io -f -c "fsync" -c "pwrite -S 0x41 1125327 822465" -c "truncate 1564k" -c "reflink $mnt/file0 548k 1364k 24k" -c "fzero -k 818816 430" -c "pwrite -S 0xcd 948k 1560k" -c "pwrite -S 0x44 2551302 988829" $mnt/file0
sync
xfs_io -f -c "fsync" -c "pread -q 1520727 87" -c "truncate 612k" -c "fsync" -c "fpunch 326284 980212" -c "fzero 80944 2998" -c "fpunch 465818 1605" -c "reflink $mnt/file0 488k 432k 0" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 355032 10233" -c "reflink $mnt/file0 112k 496k 64k" -c "sync_range -w 300k 468k" $mnt/file0
