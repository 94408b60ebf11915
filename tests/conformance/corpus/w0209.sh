# extsim conformance workload, gen.py seed 209
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 6128536 148k" $mnt/f0
xfs_io -c "pwrite -S 0x63 1128214 16k" $mnt/f0
chattr +C $mnt/f0
md5sum $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -c "reflink $mnt/f1 0 5701632 4k" $mnt/f1
xfs_io -c "falloc -k 7577600 36k" $mnt/f0
rm -f $mnt/f0
xfs_io -c "truncate 5832030" $mnt/f1
xfs_io -c "pwrite -S 0x63 2351104 24k" -c "fdatasync" $mnt/f1
rm $mnt/f1
sync
xfs_io -f -c "pwrite -S 0x62 4539891 32k" -c "fsync" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "falloc -k 1729738 136k" $mnt/f0
xfs_io -c "reflink $mnt/f0" $mnt/f0
xfs_io -c "dedupe $mnt/f0 716k 0 3843571" $mnt/f0
xfs_io -c "truncate 700k" $mnt/f0
xfs_io -c "pwrite -S 0x62 563025 9616" $mnt/f0
xfs_io -c "pwrite -S 0x62 37081 1908" $mnt/f0
xfs_io -c "pwrite -S 0x62 560k 128k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 2523136 32k" $mnt/f1
xfs_io -c "pwrite 4231168 2431" $mnt/f1
xfs_io -c "fpunch 576k 96k" $mnt/f0
xfs_io -c "pwrite -S 0x61 420k 172k" $mnt/f0
xfs_io -c "reflink $mnt/f0 256k 2473984 168k" $mnt/f1
sync
sync
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "falloc -k 1105920 12k" $mnt/f1
xfs_io -c "reflink $mnt/f0 224k 212k 324k" $mnt/f0
xfs_io -c "pwrite -S 0x61 196k 2471" $mnt/f0
xfs_io -c "truncate 2535424" $mnt/f1
xfs_io -c "fdatasync" $mnt/f1
xfs_io -f -c "reflink $mnt/f0 236k 4820992 0" $mnt/f2
xfs_io -c "pwrite -S 0x62 48k 48k" $mnt/f1
rm $mnt/f1
chattr +C $mnt/f2
xfs_io -c "pwrite -S 0xcd 3493730 36k" $mnt/f2
xfs_io -f -c "pwrite 293443 8565" $mnt/f0
xfs_io -c "pwrite 1944523 36k" $mnt/f2
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -c "truncate 2056192" $mnt/f1
xfs_io -c "pwrite -S 0x61 2879488 212k" -c "fsync" $mnt/f2
sync
xfs_io -c "dedupe $mnt/f0 112k 752k 32k" $mnt/f2
xfs_io -c "reflink $mnt/f0 316k 464k 228k" $mnt/f0
xfs_io -c "dedupe $mnt/f2 1388544 48k 28k" $mnt/f0
touch $mnt/f3
chattr +C $mnt/f3
xfs_io -c "pwrite -S 0x63 348k 212k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x62 7397376 64k" -c "fdatasync" $mnt/f3
xfs_io -c "dedupe $mnt/s1/f1 1845852 764k 56k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "truncate 564k" $mnt/s1/f0
xfs_io -c "truncate 1945600" $mnt/f0
