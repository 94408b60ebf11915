# extsim conformance workload, gen.py seed 347
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd 680k 230" $mnt/f0
xfs_io -c "fpunch 141008 56k" $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -c "reflink $mnt/f1 0 488k 4k" $mnt/f0
xfs_io -c "reflink $mnt/f1 0 180k 4k" $mnt/f0
xfs_io -c "pwrite -S 0x61 124k 56k" -c "fsync" $mnt/f1
xfs_io -c "reflink $mnt/f0 336k 132k 188k" $mnt/f1
xfs_io -c "pwrite -S 0x62 228k 8k" $mnt/f1
xfs_io -c "pwrite -S 0x63 116k 48k" -c "fsync" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 240k 252k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 312799 64k" -c "fsync" $mnt/f1
xfs_io -c "reflink $mnt/f1 276k 28k 44k" $mnt/f0
sync
xfs_io -c "fsync" $mnt/f1
xfs_io -c "falloc -k 380k 52k" $mnt/f0
xfs_io -c "pwrite -S 0x61 272k 4k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
chattr +C $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 38333 124k" $mnt/f0
xfs_io -c "falloc 2011136 16k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 262694 6206" $mnt/f1
xfs_io -c "dedupe $mnt/f1 120k 252k 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1515520 124k" $mnt/f2
xfs_io -c "reflink $mnt/f1 352k 120k 4k" $mnt/s1/f1
xfs_io -c "pwrite -S 0x63 164k 9523" $mnt/f1
xfs_io -c "pwrite -S 0x61 -b 1m 671275 3m" -c "fsync" $mnt/f2
sync
touch $mnt/s1/g0
chattr +C $mnt/s1/g0
rm $mnt/f1
xfs_io -f -c "pwrite -S 0x61 541241 8k" $mnt/f0
xfs_io -c "fsync" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x62 2613248 11189" -c "fdatasync" $mnt/f2
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 196k 104k" $mnt/f0
xfs_io -c "pwrite -S 0x61 536k 11663" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 312k 12k" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x62 144k 56k" $mnt/f0
xfs_io -c "pwrite -S 0x62 588k 40k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 232k 208k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/f0 108k 112k 8k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 16k 12k" -c "fsync" $mnt/s1/f1
xfs_io -c "pwrite -S 0x61 2568192 52k" $mnt/f2
