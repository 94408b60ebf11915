# extsim conformance workload, gen.py seed 580
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 3190784 3170304 256k" $mnt/f0
xfs_io -c "falloc 5056576 48k" $mnt/f0
xfs_io -c "falloc -k 1536000 48k" $mnt/f0
sync
xfs_io -c "falloc -k 976k 12k" $mnt/f0
xfs_io -f -c "pwrite 6454892 7003" $mnt/f1
xfs_io -c "truncate 6299648" $mnt/f1
xfs_io -c "pwrite 3510272 20k" $mnt/f1
xfs_io -c "fsync" $mnt/f0
xfs_io -c "truncate 4395008" $mnt/f1
xfs_io -c "reflink $mnt/f0 3784704 1818624 8k" $mnt/f1
xfs_io -c "pwrite 3862528 8k" $mnt/f0
xfs_io -c "falloc 572k 8k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 4378624 28k" -c "fsync" $mnt/f1
xfs_io -c "reflink $mnt/f1 1536000 1552384 4k" $mnt/f1
xfs_io -f -c "pwrite 7266132 48k" -c "fdatasync" $mnt/f2
touch $mnt/f3
chattr +C $mnt/f3
xfs_io -c "pwrite -S 0x63 2240512 12k" -c "fdatasync" $mnt/f3
sync
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "fsync" $mnt/f3
xfs_io -c "fpunch 1298432 60k" $mnt/f3
xfs_io -f -c "pwrite -S 0xcd 5139038 5125" $mnt/f4
touch $mnt/f5
chattr +C $mnt/f5
xfs_io -f -c "pwrite -S 0x62 920k 56k" $mnt/f2
sync
xfs_io -c "fpunch 3252224 64k" $mnt/f3
xfs_io -c "fpunch 506268 56k" $mnt/f2
xfs_io -c "dedupe $mnt/f4 1683456 1687552 24k" $mnt/f4
md5sum $mnt/f4
sync
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "reflink $mnt/s1/f2 632k 5992448 3727360" $mnt/s1/f2
xfs_io -c "truncate 1318912" $mnt/s1/f1
xfs_io -c "pwrite -S 0x61 4739072 4k" -c "fdatasync" $mnt/s1/f4
xfs_io -f -c "falloc 5872156 24k" $mnt/f6
rm $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 8589312 168k" -c "fsync" $mnt/s1/f2
xfs_io -c "pwrite 7925760 44k" -c "fsync" $mnt/f6
xfs_io -c "dedupe $mnt/f0 1134592 28k 16k" $mnt/f0
xfs_io -c "pwrite -S 0x63 2468553 56k" $mnt/s1/f4
xfs_io -f -c "pwrite -S 0xcd 3575808 172k" -c "fdatasync" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 3362816 52k" $mnt/f4
xfs_io -c "reflink $mnt/f0 848k 4554752 4k" $mnt/f0
xfs_io -c "fsync" $mnt/s1/f4
xfs_io -c "pwrite -S 0xcd 4276224 40k" -c "fdatasync" $mnt/f4
xfs_io -c "reflink $mnt/f3 1679360 188k 568k" $mnt/f6
xfs_io -f -c "falloc 5685136 2m" $mnt/s1/g1
xfs_io -c "dedupe $mnt/f1 2506752 20k 8k" $mnt/f0
xfs_io -c "dedupe $mnt/f2 4845568 0 28k" $mnt/s1/f1
xfs_io -c "dedupe $mnt/s1/f4 56k 4300800 32k" $mnt/f6
