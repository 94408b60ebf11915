# extsim conformance workload, gen.py seed 414
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc 2154496 20k" $mnt/f0
xfs_io -c "falloc 1294336 10279" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 2991640 40k" $mnt/f1
xfs_io -c "falloc 1896448 12k" $mnt/f0
xfs_io -c "reflink $mnt/f0 504k 76k 1662976" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1921024 0 252k" $mnt/f1
xfs_io -c "reflink $mnt/f0 1396736 1056768 764k" $mnt/f1
xfs_io -c "pwrite 984k 156k" -c "fsync" $mnt/f0
chattr +C $mnt/f1
xfs_io -c "falloc -k 618069 1m" $mnt/f0
xfs_io -c "truncate 2002944" $mnt/f0
xfs_io -c "pwrite -S 0x63 3936256 36k" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 5177344 20k" -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 928k 160k" $mnt/f0
chattr +C $mnt/f1
xfs_io -c "fsync" $mnt/f1
sync
rm $mnt/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0x61 916k 7600" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "falloc 176k 32k" $mnt/s1/f1
xfs_io -c "falloc 656k 64k" $mnt/f1
touch $mnt/s1/g0
chattr +C $mnt/s1/g0
xfs_io -c "fpunch 2809856 4m" $mnt/f1
xfs_io -c "reflink $mnt/f1 200k 476k 3776512" $mnt/f1
xfs_io -c "fdatasync" $mnt/f1
xfs_io -c "pwrite -S 0x61 1316128 156k" $mnt/s1/f1
xfs_io -c "truncate 1759189" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 1445888 100k" $mnt/s1/g1
xfs_io -f -c "reflink $mnt/s1/g1 1000k 6557696 52k" $mnt/f0
md5sum $mnt/s1/g1
xfs_io -c "falloc 1070847 3306" $mnt/s1/g0
rm $mnt/s1/g0
rm -f $mnt/f1
xfs_io -f -c "pwrite -S 0x61 5398528 60k" -c "fdatasync" $mnt/s1/g0
xfs_io -c "pwrite -S 0xcd -b 1m 688k 4m" $mnt/s1/g1
xfs_io -c "pwrite -S 0x61 5905729 36k" $mnt/f0
xfs_io -c "reflink $mnt/s1/g0 2637824 7475200 1196032" $mnt/s1/f1
xfs_io -c "fzero -k 3981312 56k" $mnt/s1/g1
xfs_io -c "pwrite -S 0x61 2945024 3480" $mnt/s1/g0
md5sum $mnt/f0
xfs_io -c "reflink $mnt/s1/g0 3358720 3375104 28k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 5820416 132k" $mnt/s1/g0
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -f -c "pwrite -S 0x61 3497984 7369" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 4026368 64k" $mnt/f0
xfs_io -c "falloc 324k 100k" $mnt/s1/f1
xfs_io -c "falloc 3198976 4k" $mnt/s1/g0
xfs_io -c "fzero -k 360k 64k" $mnt/s1/g1
xfs_io -c "falloc -k 6009392 240k" $mnt/f0
