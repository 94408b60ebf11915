# extsim conformance workload, gen.py seed 267 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "reflink $mnt/f0 0 15474688 4k" $mnt/f0
xfs_io -c "pwrite -S 0x61 31432704 44k" $mnt/f0
xfs_io -c "fpunch 30715904 200k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 13799424 8k 28k" $mnt/f0
xfs_io -c "pwrite -S 0xcd -b 1m 12288000 13m" $mnt/f0
xfs_io -c "falloc 20116108 7m" $mnt/f0
sync
xfs_io -c "falloc 8624488 20k" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "reflink $mnt/f0 14241792 14241792 8k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/s1/f0
xfs_io -f -c "falloc 7391776 96k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 26750976 252k" $mnt/sv/g0
chattr +C $mnt/f0
xfs_io -c "truncate 9183232" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x61 2621440 60k" $mnt/sv/g0
xfs_io -c "truncate 25983346" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -c "dedupe $mnt/f1 5050368 3817472 16k" $mnt/f1
xfs_io -c "falloc -k 1191936 16m" $mnt/sv/g0
xfs_io -c "falloc 21868544 64k" $mnt/sv/g0
xfs_io -f -c "pwrite -b 1m 11444224 16m" $mnt/sv/g1
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -c "falloc 5070848 9557" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 7090176 36k" $mnt/f2
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite 18476895 144k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g1 10514432 26390528 2596864" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 22810624 16m" $mnt/sv/g1
xfs_io -c "falloc -k 1622016 84k" $mnt/f2
xfs_io -c "reflink $mnt/f1 6561792 2207744 804k" $mnt/f2
xfs_io -c "pwrite -S 0x63 5439488 8k" -c "fdatasync" $mnt/f1
xfs_io -c "pwrite -S 0x63 38055936 36k" $mnt/sv/g1
sync
xfs_io -c "pwrite -S 0x62 37220352 144k" -c "fsync" $mnt/sv/g1
