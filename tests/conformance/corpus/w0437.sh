# extsim conformance workload, gen.py seed 437
mkfs.btrfs -f $dev -b 256m > /dev/null
mount -o nodatacow $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 556k 4k" $mnt/f0
xfs_io -c "truncate 244454" $mnt/f0
umount $mnt
mount -o nodatacow $dev $mnt
xfs_io -c "truncate 524956" $mnt/f0
xfs_io -c "reflink $mnt/f0 472k 196k 53916" $mnt/f0
rm $mnt/f0
xfs_io -f -c "pwrite -S 0x63 372k 28k" $mnt/f0
sync
xfs_io -c "pwrite -S 0x63 84k 12k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x63 892k 60k" $mnt/f0
xfs_io -c "pwrite -S 0x62 164453 44k" -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 600k 48k 4k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fpunch 752k 8k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 328k 316k 16k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 192k 1335" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 128k 436k 384k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 732k 212k" -c "fdatasync" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 764k 36k" $mnt/f2
xfs_io -c "falloc 352k 28k" $mnt/f1
xfs_io -c "falloc 532k 36k" $mnt/f0
xfs_io -c "fzero 821083 4668" $mnt/f0
xfs_io -c "fzero -k 244k 124k" $mnt/f2
xfs_io -c "fdatasync" $mnt/f1
xfs_io -f -c "reflink $mnt/f2 364k 448k 592k" $mnt/f3
xfs_io -f -c "pwrite -S 0x61 572k 9319" $mnt/f2
xfs_io -c "truncate 56k" $mnt/f3
xfs_io -c "fzero 504k 6365" $mnt/f2
xfs_io -f -c "falloc 871086 32k" $mnt/f4
sync
xfs_io -c "dedupe $mnt/f2 348k 60k 4k" $mnt/f0
xfs_io -c "reflink $mnt/f1 484k 196k 0" $mnt/f4
xfs_io -c "pwrite 708k 40k" -c "fdatasync" $mnt/f4
xfs_io -f -c "pwrite -S 0x63 24k 10504" $mnt/f3
xfs_io -c "pwrite -S 0x62 980k 164k" $mnt/f2
xfs_io -c "pwrite -S 0x63 232k 40k" -c "fsync" $mnt/f3
xfs_io -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 148k 0 808k" $mnt/f4
xfs_io -c "falloc 852k 56k" $mnt/f0
xfs_io -c "pwrite -S 0x63 876k 192k" $mnt/f0
xfs_io -c "falloc 500k 8k" $mnt/f2
xfs_io -c "dedupe $mnt/f4 80k 184k 24k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f1
xfs_io -c "pwrite -S 0x63 332k 64k" $mnt/f4
xfs_io -f -c "reflink $mnt/f2 56k 960k 1118208" $mnt/f5
xfs_io -f -c "pwrite -S 0x62 1138688 1931" $mnt/f2
xfs_io -c "pwrite -S 0x62 664k 60k" $mnt/f2
xfs_io -c "fsync" $mnt/f5
sync
xfs_io -c "falloc -k 912007 40k" $mnt/f5
xfs_io -c "pwrite -S 0x62 792k 5456" $mnt/f2
touch $mnt/f6
chattr +C $mnt/f6
xfs_io -c "falloc 248k 688" $mnt/f6
xfs_io -c "falloc 132519 16k" $mnt/f3
