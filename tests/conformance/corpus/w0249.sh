# extsim conformance workload, gen.py seed 249
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 32k 12k" $mnt/f0
xfs_io -c "reflink $mnt/f0 20k 32k 28k" $mnt/f0
xfs_io -c "reflink $mnt/f0 40k 0 4k" $mnt/f0
xfs_io -c "reflink $mnt/f0 0 16k 12k" $mnt/f0
xfs_io -c "falloc -k 12k 20k" $mnt/f0
xfs_io -c "fpunch 12k 48k" $mnt/f0
xfs_io -c "reflink $mnt/f0 28k 1200128 20k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 28k 36k 16k" $mnt/f0
xfs_io -c "pwrite -S 0x62 8k 2974" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x63 1290240 40k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 1069056 28k 20k" $mnt/f0
xfs_io -c "reflink $mnt/f0 4k 872k 36k" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0x63 2056192 40k" $mnt/f0
xfs_io -c "falloc -k 84k 9256" $mnt/f1
xfs_io -c "fpunch 1314816 96k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 1397399 40k" $mnt/f2
xfs_io -c "fsync" $mnt/f2
xfs_io -c "fdatasync" $mnt/f2
xfs_io -c "fsync" $mnt/f1
xfs_io -c "falloc 344k 44k" $mnt/f1
xfs_io -c "dedupe $mnt/f2 844k 76k 20k" $mnt/f0
xfs_io -c "fpunch 1765376 24k" $mnt/f1
xfs_io -c "pwrite -S 0x61 751814 136k" $mnt/f0
touch $mnt/f3
chattr +C $mnt/f3
xfs_io -c "fsync" $mnt/f1
xfs_io -c "falloc 25801 16k" $mnt/f0
xfs_io -f -c "falloc 52k 16k" $mnt/f4
xfs_io -f -c "pwrite 924k 7579" $mnt/f4
xfs_io -c "pwrite -S 0xcd 784k 20k" $mnt/f2
xfs_io -c "pwrite -S 0x62 784k 40k" -c "fdatasync" $mnt/f4
xfs_io -c "pwrite -S 0x63 1110016 20k" $mnt/f1
xfs_io -c "dedupe $mnt/f3 1314816 1318912 8k" $mnt/f3
md5sum $mnt/f0
xfs_io -c "pwrite -S 0x63 153777 900" -c "fsync" $mnt/f1
xfs_io -c "dedupe $mnt/f4 288k 60k 32k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 96k 7872" -c "fsync" $mnt/f5
xfs_io -f -c "pwrite -S 0x63 68k 216k" -c "fdatasync" $mnt/f5
