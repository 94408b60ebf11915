# extsim conformance workload, gen.py seed 72
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 264k 44k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 160k 132k" $mnt/f0
xfs_io -c "reflink $mnt/f0 152k 76k 108k" $mnt/f0
xfs_io -c "pwrite 200369 999" $mnt/f0
xfs_io -c "dedupe $mnt/f0 252k 284k 28k" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "falloc -k 544k 1m" $mnt/f0
xfs_io -f -c "truncate 114386" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 667039 28k" $mnt/f2
xfs_io -c "reflink $mnt/f2 4k 780k 544k" $mnt/f2
xfs_io -c "dedupe $mnt/f2 612k 984k 24k" $mnt/f2
xfs_io -c "dedupe $mnt/f0 244k 204k 20k" $mnt/f0
xfs_io -c "reflink $mnt/f2 720k 52k 88k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 164k 12k" -c "fsync" $mnt/f0
xfs_io -c "fpunch 1126400 48k" $mnt/f2
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x63 104k 12k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 184k 10907" $mnt/f2
touch $mnt/f3
chattr +C $mnt/f3
rm $mnt/f1
xfs_io -c "pwrite -S 0x63 264k 10267" $mnt/f0
xfs_io -c "dedupe $mnt/f2 1064960 0 288k" $mnt/f3
rm $mnt/f0
xfs_io -f -c "pwrite 792k 7055" $mnt/f3
xfs_io -c "falloc -k 99942 36k" $mnt/f3
xfs_io -f -c "falloc 312k 52k" $mnt/f0
xfs_io -c "pwrite -S 0x63 320k 56k" $mnt/f2
xfs_io -c "fsync" $mnt/f0
