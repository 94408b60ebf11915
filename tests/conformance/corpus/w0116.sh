# extsim conformance workload, gen.py seed 116
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount -o nodatacow $dev $mnt
xfs_io -f -c "pwrite -S 0xcd -b 1m 2015232 3m" $mnt/f0
xfs_io -c "pwrite -S 0x61 4329472 9094" $mnt/f0
sync
xfs_io -f -c "pwrite 1740800 48k" $mnt/f0
sync
chattr +C $mnt/f0
xfs_io -c "truncate 3411968" $mnt/f0
rm $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x63 152k 5201" -c "fsync" $mnt/f0
xfs_io -f -c "pwrite 76k 108k" $mnt/f1
xfs_io -c "reflink $mnt/f1 84k 428k 52k" $mnt/f1
xfs_io -c "fpunch 392k 216k" $mnt/f1
xfs_io -c "falloc 24402 80k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 884k 108k" $mnt/f0
xfs_io -c "reflink $mnt/f0 504k 292k 188k" $mnt/f0
xfs_io -c "pwrite 462172 56k" $mnt/f1
xfs_io -c "truncate 552k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 296k 0 220508" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 244k 3m" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 412k 44k" -c "fdatasync" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 232k 9236" $mnt/f2
xfs_io -c "fsync" $mnt/f1
xfs_io -f -c "pwrite 1241088 8k" $mnt/f1
xfs_io -c "reflink $mnt/f1 680k 20k 2707456" $mnt/f0
xfs_io -c "reflink $mnt/f1 2834432 2228224 88k" $mnt/f1
sync
xfs_io -c "pwrite -S 0x62 96k 10557" $mnt/f0
xfs_io -f -c "falloc -k 1400832 7511" $mnt/f3
umount $mnt
mount -o nodatacow $dev $mnt
xfs_io -c "fpunch 72k 116k" $mnt/f2
xfs_io -c "fpunch 2699264 8k" $mnt/f1
xfs_io -c "fzero -k 498346 36k" $mnt/f0
xfs_io -c "dedupe $mnt/f2 228k 72k 12k" $mnt/f1
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "reflink $mnt/s1/f0 396k 2658304 164k" $mnt/f1
xfs_io -c "pwrite -S 0x61 1560576 96k" $mnt/f1
chattr +C $mnt/f3
xfs_io -c "pwrite -S 0x63 32k 12277" $mnt/f2
xfs_io -c "pwrite 72k 3k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f3 4k 400k 8k" $mnt/f0
xfs_io -c "falloc -k 1470464 32k" $mnt/f0
xfs_io -c "falloc -k 1097728 4m" $mnt/f0
xfs_io -f -c "reflink $mnt/f1 1478656 956k 1396736" $mnt/f4
xfs_io -c "pwrite -S 0x61 92k 76k" $mnt/f4
xfs_io -f -c "pwrite -S 0xcd 124k 4205" $mnt/f2
xfs_io -c "reflink $mnt/f0 300k 3366912 156k" $mnt/f1
xfs_io -c "reflink $mnt/f3 892k 876k 16k" $mnt/f3
sync
xfs_io -f -c "pwrite -S 0xcd 916k 20k" $mnt/f5
chattr +C $mnt/f5
xfs_io -c "fdatasync" $mnt/f2
xfs_io -c "falloc 484k 172k" $mnt/f5
xfs_io -c "reflink $mnt/f4 1191936 1454080 1187840" $mnt/f1
xfs_io -c "falloc 468k 36k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "fpunch 1585152 20k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 1265664 4m" $mnt/f6
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "falloc 128k 52k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1855488 28k" -c "fdatasync" $mnt/f7
xfs_io -c "pwrite -S 0xcd 2412 9386" $mnt/s3/f3
xfs_io -c "reflink $mnt/s2/f0 52k 956k 0" $mnt/f6
xfs_io -c "fsync" $mnt/s2/f2
xfs_io -c "pwrite -S 0x62 1699840 24k" $mnt/s3/f5
rm -f $mnt/s3/f6
xfs_io -c "fpunch 236k 9389" $mnt/s3/f5
xfs_io -c "truncate 344k" $mnt/s2/f5
xfs_io -f -c "truncate 1041292" $mnt/s3/g0
xfs_io -c "fpunch 1966080 5857" $mnt/s3/f4
xfs_io -c "fdatasync" $mnt/s2/f4
