# extsim conformance workload, gen.py seed 65
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd 144k 28k" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x62 259484 48k" $mnt/f0
xfs_io -c "pwrite -S 0x63 76k 152k" $mnt/f0
xfs_io -c "falloc -k 19681 56k" $mnt/f0
xfs_io -c "reflink $mnt/f0 152k 96k 165276" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "falloc -k 328k 1500" $mnt/f0
xfs_io -c "falloc 188k 232k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 600k 632k 188k" $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -c "pwrite 348k 40k" -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 112k 0 32k" $mnt/f1
xfs_io -c "reflink $mnt/f1 452k 16k 52k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "pwrite -S 0x61 288k 56k" $mnt/f0
xfs_io -c "fpunch 28k 11909" $mnt/s2/f0
xfs_io -c "reflink $mnt/s1/f0 264k 512k 128k" $mnt/s1/f1
xfs_io -c "dedupe $mnt/f0 336k 0 12k" $mnt/s2/f1
xfs_io -c "reflink $mnt/s2/f0 336k 516k 24k" $mnt/f1
xfs_io -f -c "falloc 188k 12234" $mnt/s2/g0
xfs_io -c "pwrite -S 0x61 176k 12k" $mnt/s2/g0
xfs_io -c "pwrite -S 0x61 384k 20k" $mnt/f0
xfs_io -c "reflink $mnt/s2/f0 316k 876k 112k" $mnt/s2/f0
xfs_io -c "pwrite 380k 4423" $mnt/s1/f0
xfs_io -c "reflink $mnt/s2/f0 60k 244k 184k" $mnt/s2/f1
xfs_io -c "fsync" $mnt/s2/f1
xfs_io -c "pwrite -S 0x63 188k 64k" $mnt/s2/f1
xfs_io -c "fpunch 320k 20k" $mnt/f0
xfs_io -c "pwrite -S 0x63 645473 56k" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x61 -b 1m 356k 1m" $mnt/s1/g0
xfs_io -c "reflink $mnt/s2/f0 8k 144k 24k" $mnt/f0
xfs_io -c "fdatasync" $mnt/s2/g0
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 152073 16k" -c "fsync" $mnt/s2/f1
xfs_io -c "dedupe $mnt/s2/f0 380k 292k 12k" $mnt/s2/f1
xfs_io -c "pwrite -S 0x62 120k 675" $mnt/s2/g0
xfs_io -c "dedupe $mnt/s2/f0 248k 156k 28k" $mnt/f1
xfs_io -c "reflink $mnt/f0 232k 1142784 0" $mnt/s1/g0
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "fsync" $mnt/s2/g0
xfs_io -c "falloc 348k 32k" $mnt/f1
chattr +C $mnt/s2/f1
xfs_io -c "reflink $mnt/s1/f0 144k 148k 12k" $mnt/s1/f0
xfs_io -c "fpunch 276k 8k" $mnt/f0
xfs_io -c "falloc -k 384k 176k" $mnt/s1/f0
sync
md5sum $mnt/f1
xfs_io -c "falloc 150939 60k" $mnt/s2/f1
