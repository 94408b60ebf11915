# extsim conformance workload, gen.py seed 468
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 952k 40k" $mnt/f0
xfs_io -c "falloc 56k 20k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 288k 212k 16k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 17007 20k" $mnt/f0
xfs_io -c "reflink $mnt/f0 368k 944k 636k" $mnt/f0
xfs_io -c "reflink $mnt/f0" $mnt/f0
xfs_io -c "pwrite -S 0x62 708k 6337" $mnt/f0
xfs_io -c "dedupe $mnt/f0 684k 648k 8k" $mnt/f0
xfs_io -c "truncate 28k" $mnt/f0
xfs_io -c "pwrite -S 0x61 432k 20k" $mnt/f0
xfs_io -c "falloc 652k 64k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 148k 0 572k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "dedupe $mnt/s1/f0 388k 32k 28k" $mnt/f0
xfs_io -f -c "falloc -k 216k 44k" $mnt/f1
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "fpunch 388k 9626" $mnt/s1/f0
umount $mnt
mount $dev $mnt
xfs_io -c "dedupe $mnt/s1/f0 244k 36k 4k" $mnt/f0
xfs_io -c "pwrite -S 0x61 752k 36k" $mnt/f1
xfs_io -c "falloc 648k 4k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0" $mnt/s1/g0
xfs_io -c "pwrite -S 0xcd 76k 4k" $mnt/f0
xfs_io -c "pwrite -S 0x63 544k 4093" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/g0 180k 372k 268k" $mnt/s1/g0
chattr +C $mnt/f1
xfs_io -c "fzero -k 956527 1734" $mnt/s1/g0
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "reflink $mnt/s1/f0 712k 220k 4k" $mnt/s1/g0
xfs_io -c "truncate 407380" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/f0 612k 196k 20k" $mnt/s1/g0
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -c "reflink $mnt/s1/f0 668k 212k 28k" $mnt/f0
xfs_io -c "fpunch 136k 44k" $mnt/f0
xfs_io -c "reflink $mnt/s2/f1 344k 160k 284k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x61 684k 164k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x61 688k 16k" $mnt/s1/g1
xfs_io -c "reflink $mnt/s1/g1 224k 212k 344k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x62 296k 20k" $mnt/f0
xfs_io -c "fzero -k 484k 3319" $mnt/s1/f0
