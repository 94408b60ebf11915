# extsim conformance workload, gen.py seed 233
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 3923968 12k" $mnt/f0
chattr +C $mnt/f0
xfs_io -f -c "pwrite -S 0x63 3854336 20k" $mnt/f0
xfs_io -c "reflink $mnt/f0 3m 3137536 24k" $mnt/f0
xfs_io -c "falloc -k 3465216 16k" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "dedupe $mnt/f0 3022848 0 32k" $mnt/f0
xfs_io -c "pwrite -S 0x62 1875968 20k" $mnt/f0
xfs_io -c "pwrite 2469888 6964" $mnt/f0
xfs_io -c "fpunch 1269760 12k" $mnt/f0
xfs_io -c "reflink $mnt/f0 3465216 904k 216k" $mnt/f0
xfs_io -f -c "falloc 7102464 52k" $mnt/f1
xfs_io -c "fdatasync" $mnt/f1
sync
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "falloc 3309568 16k" $mnt/s1/f1
xfs_io -c "pwrite -S 0x62 6463488 52k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 5926912 5111808 248k" $mnt/f2
xfs_io -c "pwrite 4376367 5587" $mnt/s1/f1
umount $mnt
mount $dev $mnt
sync
xfs_io -c "dedupe $mnt/f0 2949120 6672384 20k" $mnt/s1/f1
xfs_io -c "pwrite -S 0x63 4587520 8k" $mnt/f0
sync
xfs_io -c "fsync" $mnt/s1/f1
xfs_io -c "reflink $mnt/f2 1175552 460k 2465792" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 740k 4m" -c "fdatasync" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 478514 64k" -c "fdatasync" $mnt/s1/f0
sync
sync
xfs_io -c "fzero -k 5259264 12k" $mnt/s1/f1
chattr +C $mnt/f0
xfs_io -c "dedupe $mnt/s1/f1 1982464 8k 4k" $mnt/f0
xfs_io -c "fsync" $mnt/f2
xfs_io -c "pwrite -S 0x61 5067552 16k" $mnt/s1/f0
xfs_io -c "fpunch 4205081 4k" $mnt/f2
umount $mnt
mount $dev $mnt
xfs_io -c "dedupe $mnt/f1 5836800 1359872 20k" $mnt/s1/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -f -c "pwrite 3267940 212k" $mnt/f1
rm $mnt/s1/f1
xfs_io -c "reflink $mnt/f0" $mnt/f2
xfs_io -c "dedupe $mnt/f0 208k 48k 20k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 7397376 7389184 28k" $mnt/s1/f0
xfs_io -c "falloc 3454495 52k" $mnt/s1/f0
xfs_io -c "reflink $mnt/f1 6578176 2912256 40k" $mnt/s1/f0
xfs_io -c "truncate 2191360" $mnt/f0
xfs_io -c "pwrite -S 0x63 1m 2292" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 8257536 1m" $mnt/f3
sync
xfs_io -c "pwrite 7872512 20k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 4771840 4726784 28k" $mnt/f3
xfs_io -f -c "pwrite -S 0x63 1585152 12k" -c "fdatasync" $mnt/f4
xfs_io -c "dedupe $mnt/f3 8212480 2551808 4k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 396k 156k" $mnt/f2
xfs_io -c "pwrite -S 0x61 3657728 64k" $mnt/f1
xfs_io -c "fpunch 4960256 9640" $mnt/f1
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -c "truncate 5750784" $mnt/f2
sync
xfs_io -c "pwrite -S 0x63 7622656 40k" -c "fsync" $mnt/f2
xfs_io -c "reflink $mnt/s2/f1 6266880 4952064 120k" $mnt/s1/f0
sync
xfs_io -c "pwrite -S 0x61 5941535 2341" -c "fdatasync" $mnt/f1
