# extsim conformance workload, gen.py seed 556
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0" $mnt/f0
xfs_io -c "pwrite -S 0x63 2932736 4k" $mnt/f0
xfs_io -f -c "pwrite 2170880 176k" $mnt/f1
chattr +C $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "dedupe $mnt/s1/f1 2035712 0 32k" $mnt/s1/f0
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -c "fpunch 875979 8082" $mnt/f1
touch $mnt/s1/g0
chattr +C $mnt/s1/g0
xfs_io -c "falloc -k 1856990 28k" $mnt/f1
md5sum $mnt/s2/f0
xfs_io -c "dedupe $mnt/f0 480k 0 8k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 1413120 60k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 6545564 3034" $mnt/s1/f1
xfs_io -c "dedupe $mnt/s1/f0 828k 28k 28k" $mnt/f0
xfs_io -c "falloc 2174976 44k" $mnt/f1
xfs_io -c "fpunch 2478080 192k" $mnt/f0
xfs_io -c "dedupe $mnt/s2/f1 2064384 0 16k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 207267 24k" $mnt/f0
xfs_io -f -c "pwrite 1163264 60k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 1457412 4k" -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f1 268k 2813952 1925120" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 5935104 2m" $mnt/f0
xfs_io -c "dedupe $mnt/s2/f0 7307264 7942699 228k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0xcd 6331049 136k" $mnt/s1/f1
btrfs subvolume snapshot -r $mnt $mnt/s3
xfs_io -c "reflink $mnt/f1 1916928 6426624 308k" $mnt/s1/f1
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -c "dedupe $mnt/f0 6356992 0 24k" $mnt/f2
xfs_io -c "reflink $mnt/f2 0 1302528 4k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 8269824 5829" $mnt/s1/g1
xfs_io -c "fzero 535992 52k" $mnt/f1
xfs_io -c "pwrite -S 0xcd 1425408 10125" -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0x62 3280896 4367" $mnt/s1/g0
xfs_io -c "truncate 5985106" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x63 7134153 1m" $mnt/s1/f0
xfs_io -c "truncate 5263360" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 7598080 8k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x62 1814528 56k" -c "fdatasync" $mnt/s1/f0
xfs_io -c "fdatasync" $mnt/s1/f0
xfs_io -c "fdatasync" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x61 7606272 4871" $mnt/f3
xfs_io -f -c "pwrite -S 0x61 3600384 188k" $mnt/f4
xfs_io -c "truncate 6154122" $mnt/f0
xfs_io -c "fpunch 5026483 4k" $mnt/f3
xfs_io -c "fpunch 2678784 16k" $mnt/f0
xfs_io -c "falloc 3371008 44k" $mnt/f0
sync
xfs_io -c "falloc -k 28k 32k" $mnt/f3
xfs_io -c "pwrite -S 0x63 960k 56k" -c "fdatasync" $mnt/f4
xfs_io -c "dedupe $mnt/s1/g1 624k 0 7640773" $mnt/f4
xfs_io -c "fpunch 4359955 7354" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 3354624 12k" $mnt/f5
xfs_io -c "fzero -k 2607986 92k" $mnt/s1/g1
xfs_io -f -c "pwrite -S 0x63 2530476 3m" $mnt/s1/g2
xfs_io -c "dedupe $mnt/f0 4100096 24k 4k" $mnt/f0
xfs_io -c "truncate 5754880" $mnt/s1/g2
chattr +C $mnt/s1/f0
xfs_io -f -c "falloc 5270774 7742" $mnt/f6
xfs_io -c "fsync" $mnt/s1/g1
umount $mnt
mount $dev $mnt
sync
chattr +C $mnt/f4
md5sum $mnt/s3/f1
