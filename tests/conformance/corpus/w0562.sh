# extsim conformance workload, gen.py seed 562
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -f -c "truncate 124k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "fsync" $mnt/s2/f0
xfs_io -c "fzero 102896 176k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 260k 3912" $mnt/s2/g0
xfs_io -c "reflink $mnt/f0 4k 672k 184k" $mnt/f0
chattr +C $mnt/f0
sync
sync
xfs_io -c "falloc 441803 12k" $mnt/s2/g0
sync
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "falloc -k 178812 136k" $mnt/s2/f0
xfs_io -c "falloc 740k 16k" $mnt/s2/g0
xfs_io -c "pwrite -S 0x63 -b 1m 10060 2m" $mnt/s2/f0
xfs_io -c "pwrite -S 0xcd -b 1m 36k 3m" -c "fsync" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/s2/f0
xfs_io -c "pwrite -S 0x63 392k 24k" $mnt/s2/g0
xfs_io -f -c "pwrite -S 0x61 131854 20k" $mnt/f1
xfs_io -c "reflink $mnt/s2/f0 1933312 200k 64k" $mnt/s2/f0
xfs_io -f -c "reflink $mnt/f0 940k 508k 64k" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 896k 56k" -c "fsync" $mnt/f3
sync
sync
xfs_io -f -c "pwrite -S 0x62 -b 1m 447587 1m" $mnt/s2/g0
btrfs subvolume snapshot -r $mnt $mnt/s3
xfs_io -c "falloc 272k 11843" $mnt/f0
md5sum $mnt/f1
xfs_io -c "pwrite -S 0x62 1274680 172k" -c "fsync" $mnt/s2/g0
xfs_io -c "dedupe $mnt/f1 12k 36k 24k" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 454084 240k" -c "fdatasync" $mnt/f4
xfs_io -c "reflink $mnt/s3/f0" $mnt/f1
rm -f $mnt/s2/g0
xfs_io -f -c "pwrite -S 0x63 808k 12k" $mnt/f5
xfs_io -c "pwrite -S 0x61 1753088 5215" $mnt/f1
xfs_io -c "dedupe $mnt/s3/f2 84k 112k 20k" $mnt/f4
xfs_io -c "pwrite -S 0x62 649846 24k" $mnt/f2
chattr +C $mnt/f4
xfs_io -c "fpunch 245728 24k" $mnt/f2
xfs_io -c "reflink $mnt/f5 408564 456119 4k" $mnt/f0
xfs_io -c "fzero -k 440k 64k" $mnt/s2/f0
xfs_io -c "falloc 506970 64k" $mnt/f2
xfs_io -c "fsync" $mnt/f2
sync
md5sum $mnt/f4
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0x63 1830912 44k" $mnt/f1
xfs_io -c "pwrite -S 0x63 -b 1m 834883 2m" $mnt/s2/f0
xfs_io -r -c "fiemap -v" $mnt/f3
xfs_io -c "falloc 294318 28k" $mnt/f5
xfs_io -c "pwrite -S 0x62 680k 16k" $mnt/f3
xfs_io -c "fdatasync" $mnt/s2/f0
xfs_io -c "falloc -k 628k 56k" $mnt/f4
rm $mnt/f1
md5sum $mnt/f3
xfs_io -c "reflink $mnt/s3/f0 300k 172k 0" $mnt/f2
xfs_io -c "fpunch 2027520 56k" $mnt/f2
xfs_io -c "fdatasync" $mnt/f5
xfs_io -c "pwrite -S 0x61 1774221 20k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 2068480 256k" -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f5 160k 2895872 668k" $mnt/f2
xfs_io -c "pwrite -S 0x62 280k 8868" -c "fdatasync" $mnt/s2/f0
xfs_io -c "fsync" $mnt/s2/f0
xfs_io -c "pwrite -S 0x62 300k 16k" $mnt/f0
sync
xfs_io -c "dedupe $mnt/s2/f0 1212416 920k 12k" $mnt/f3
xfs_io -f -c "pwrite -S 0xcd 296k 44k" $mnt/s2/g0
