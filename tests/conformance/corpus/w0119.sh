# extsim conformance workload, gen.py seed 119 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
sync
xfs_io -f -c "pwrite -S 0x63 18688341 11563" $mnt/f0
rm $mnt/f0
xfs_io -f -c "pwrite -S 0xcd -b 1m 832k 16m" -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "pwrite -S 0xcd 12404945 32k" $mnt/f0
xfs_io -c "pwrite -S 0x61 9011200 228k" $mnt/f0
xfs_io -c "falloc -k 14675968 9377" $mnt/f0
xfs_io -c "fpunch 17775924 128k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
chattr +C $mnt/f0
xfs_io -f -c "pwrite -S 0x62 400k 32k" $mnt/f0
sync
xfs_io -c "pwrite -S 0x62 -b 1m 1196032 10m" $mnt/f0
xfs_io -c "fpunch 9208987 8k" $mnt/f0
xfs_io -c "fzero -k 4595712 16k" $mnt/f0
xfs_io -c "reflink $mnt/f0 14520320 27873280 1351680" $mnt/f0
xfs_io -c "fpunch 704k 2974" $mnt/f0
sync
xfs_io -c "falloc -k 15050833 48k" $mnt/f0
sync
xfs_io -c "fpunch 27369472 10238" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 -b 1m 14868480 9m" -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 7063013 44k" $mnt/f1
xfs_io -c "reflink $mnt/s1/f0 10461184 296k 2392064" $mnt/f1
umount $mnt
mount $dev $mnt
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "fsync" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -c "reflink $mnt/s2/f0 8986624 25415680 0" $mnt/f1
xfs_io -c "reflink $mnt/f1 41414656 6049792 60k" $mnt/f0
xfs_io -c "falloc -k 395356 10m" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "reflink $mnt/s1/f0 1134592 29016064 0" $mnt/s3/f0
xfs_io -c "fsync" $mnt/s3/f0
xfs_io -c "dedupe $mnt/f0 10907648 43999232 32k" $mnt/f1
xfs_io -c "dedupe $mnt/s3/f0 4038656 1249280 24k" $mnt/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -c "falloc -k 34597043 4512" $mnt/s3/f1
xfs_io -c "reflink $mnt/s3/f0 10575872 27934720 4k" $mnt/s3/f0
xfs_io -f -c "truncate 23373558" $mnt/f2
xfs_io -c "reflink $mnt/f1 31899648 31911936 16k" $mnt/f1
