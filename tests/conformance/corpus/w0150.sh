# extsim conformance workload, gen.py seed 150
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd 184k 40k" $mnt/f0
xfs_io -c "pwrite -S 0x61 20k 20k" -c "fsync" $mnt/f0
xfs_io -c "pwrite 148k 72k" -c "fdatasync" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0x62 88k 40k" -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 16k 0 212k" $mnt/f0
xfs_io -c "pwrite -S 0x62 868k 1m" $mnt/f0
xfs_io -c "falloc 1323008 4k" $mnt/f0
xfs_io -c "pwrite 603668 5793" $mnt/f0
xfs_io -c "dedupe $mnt/f0 508k 932k 28k" $mnt/f0
xfs_io -c "reflink $mnt/f0 556k 1929216 1282048" $mnt/f0
xfs_io -c "fpunch 2478080 4487" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "reflink $mnt/f0 2920448 464k 296k" $mnt/f0
sync
xfs_io -f -c "pwrite 1249696 108k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x61 1740800 148k" -c "fdatasync" $mnt/f0
sync
xfs_io -c "pwrite -S 0x62 1365761 52k" -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f0 1150976 228k 2064384" $mnt/f0
rm -f $mnt/f0
xfs_io -f -c "truncate 972159" $mnt/f0
xfs_io -c "pwrite -S 0x63 29551 40k" $mnt/f0
xfs_io -c "falloc -k 384k 9312" $mnt/f0
chattr +C $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
rm $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 704k 1m" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 132k 88k" $mnt/f0
xfs_io -f -c "pwrite 892k 40k" $mnt/f0
xfs_io -c "pwrite -S 0x63 1097728 11205" $mnt/f0
xfs_io -c "pwrite -S 0x63 688778 52k" -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f0 1503232 932k 236k" $mnt/f0
sync
xfs_io -c "reflink $mnt/f0 604k 912k 344k" $mnt/f0
xfs_io -c "pwrite -S 0x61 524k 44k" $mnt/f0
xfs_io -c "falloc -k 1277952 60k" $mnt/f0
xfs_io -c "pwrite -S 0x62 1622854 56k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 864k 728k 32k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1163264 752k 20k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1232896 768k 12k" $mnt/f0
