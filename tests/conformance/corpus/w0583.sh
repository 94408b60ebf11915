# extsim conformance workload, gen.py seed 583
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc 4329472 40k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1097728 6664192 428k" $mnt/f0
xfs_io -c "pwrite 7454720 56k" $mnt/f0
xfs_io -c "fpunch 3547136 40k" $mnt/f0
xfs_io -c "falloc 3104768 6718" $mnt/f0
rm $mnt/f0
xfs_io -f -c "reflink $mnt/f0 0 1773568 4k" $mnt/f0
xfs_io -c "reflink $mnt/f0 4k 6516736 4k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 0 0 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 3035136 172k" $mnt/f0
xfs_io -c "pwrite -S 0x62 1000k 24k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x63 16k 52k" $mnt/f0
xfs_io -c "truncate 8298496" $mnt/f0
xfs_io -c "truncate 996733" $mnt/f0
xfs_io -c "reflink $mnt/f0 732k 780k 20k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
umount $mnt
mount $dev $mnt
xfs_io -c "falloc 632k 16k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 436k 824k 562557" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 248k 4k" $mnt/f0
md5sum $mnt/f0
xfs_io -c "pwrite 818828 4119" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 5132288 64k" $mnt/s1/f0
xfs_io -f -c "reflink $mnt/f0 936k 6483968 42365" $mnt/s1/g0
xfs_io -c "falloc -k 212k 3977" $mnt/s1/f0
xfs_io -c "fsync" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0" $mnt/s1/g0
chattr +C $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 872k 52k" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -f -c "falloc -k 5738496 6961" $mnt/s1/g1
xfs_io -f -c "pwrite -S 0x62 5344852 40k" $mnt/s1/g2
xfs_io -c "dedupe $mnt/s1/g1 8318976 3198976 2030" $mnt/s1/g1
touch $mnt/f3
chattr +C $mnt/f3
xfs_io -f -c "pwrite -S 0x61 7725056 208k" $mnt/s1/g1
xfs_io -c "pwrite -S 0x61 3459385 140k" $mnt/s1/f0
rm $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x61 6361088 16k" $mnt/f3
xfs_io -c "falloc -k 1183744 164k" $mnt/s1/f0
xfs_io -c "fsync" $mnt/f3
xfs_io -c "fpunch 4734976 2m" $mnt/s1/g1
xfs_io -c "falloc -k 2379776 176k" $mnt/f3
xfs_io -f -c "pwrite -S 0x61 656k 12k" $mnt/s1/g0
xfs_io -c "fpunch 2240512 64k" $mnt/s1/f0
xfs_io -c "falloc 343307 10258" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 1094363 64k" $mnt/s1/g1
xfs_io -f -c "pwrite 156454 56k" -c "fdatasync" $mnt/s1/f0
xfs_io -c "pwrite 288k 4k" -c "fdatasync" $mnt/s1/g0
xfs_io -c "fsync" $mnt/s1/g1
touch $mnt/f0
chattr +C $mnt/f0
xfs_io -c "fsync" $mnt/f3
xfs_io -f -c "reflink $mnt/s1/g0 304k 2641920 36k" $mnt/f1
xfs_io -c "pwrite -S 0x61 728k 28k" $mnt/s1/g0
rm -f $mnt/s1/f0
