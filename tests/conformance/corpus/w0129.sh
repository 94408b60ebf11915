# extsim conformance workload, gen.py seed 129
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount -o nodatacow $dev $mnt
sync
xfs_io -f -c "pwrite -S 0x62 642202 32k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 264k 276k 8k" $mnt/f0
xfs_io -c "truncate 988k" $mnt/f0
xfs_io -c "pwrite -S 0x62 148k 16k" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x63 616k 148k" -c "fsync" $mnt/f0
sync
xfs_io -c "pwrite 972k 12k" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x63 384k 52k" $mnt/f0
xfs_io -c "reflink $mnt/f0 704k 944k 272k" $mnt/f0
umount $mnt
mount -o nodatacow $dev $mnt
xfs_io -c "pwrite 116k 60k" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -c "dedupe $mnt/f0 368k 600k 32k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 4k 616k 328k" $mnt/f0
xfs_io -f -c "pwrite 1626259 52k" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 176k 8k" $mnt/f2
xfs_io -c "reflink $mnt/f0 316k 592k 416k" $mnt/f0
umount $mnt
mount -o nodatacow $dev $mnt
xfs_io -c "fpunch 1548288 12k" $mnt/f1
xfs_io -c "falloc -k 732k 56k" $mnt/f1
xfs_io -c "dedupe $mnt/f2 1101824 48k 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1069056 4875" $mnt/f3
rm -f $mnt/f3
xfs_io -c "pwrite -S 0xcd 420k 8649" $mnt/f2
xfs_io -c "reflink $mnt/s1/f0 72k 36k 592k" $mnt/f0
xfs_io -f -c "falloc -k 1069537 7702" $mnt/f3
xfs_io -c "reflink $mnt/f3 932k 1236992 16k" $mnt/f3
xfs_io -c "truncate 228k" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 471434 40k" $mnt/f4
xfs_io -c "fpunch 844820 44k" $mnt/f0
xfs_io -c "pwrite -S 0x62 656k 248k" $mnt/f3
xfs_io -c "reflink $mnt/f0 688k 1687552 80k" $mnt/f1
xfs_io -c "dedupe $mnt/s1/f0 556k 0 24k" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 36k 148k" $mnt/f4
xfs_io -c "falloc -k 1639937 76k" $mnt/f1
xfs_io -c "fpunch 240k 48k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 188k 16k" $mnt/f4
xfs_io -c "reflink $mnt/f2 176k 332k 52k" $mnt/f4
xfs_io -c "pwrite -S 0x63 137702 7433" $mnt/f1
xfs_io -c "dedupe $mnt/f4 212k 0 299402" $mnt/f0
xfs_io -c "truncate 84k" $mnt/f2
xfs_io -c "fpunch 592844 88k" $mnt/f3
xfs_io -c "dedupe $mnt/f2 65074 745726 40k" $mnt/f3
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -c "dedupe $mnt/s2/f4 300k 60k 8k" $mnt/f2
xfs_io -c "falloc -k 266009 120k" $mnt/f1
xfs_io -c "pwrite -S 0x62 512k 48k" -c "fsync" $mnt/f0
sync
touch $mnt/f5
chattr +C $mnt/f5
xfs_io -c "reflink $mnt/s2/f3" $mnt/f2
xfs_io -c "fpunch 868k 48k" $mnt/f3
xfs_io -f -c "reflink $mnt/s2/f0 240k 472k 348k" $mnt/f6
xfs_io -c "fzero 832k 8756" $mnt/f0
xfs_io -f -c "reflink $mnt/f6 396k 844k 292k" $mnt/f7
xfs_io -c "reflink $mnt/f7 372k 496k 776k" $mnt/f2
