# extsim conformance workload, gen.py seed 582
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 64k 8k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 28k 264k 4k" $mnt/f1
xfs_io -c "pwrite -S 0x62 4k 60k" -c "fsync" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "reflink $mnt/s1/f0 65857 0 48k" $mnt/s1/f0
xfs_io -c "falloc 32k 20k" $mnt/s1/f0
xfs_io -c "falloc -k 516k 12k" $mnt/s1/f1
xfs_io -c "pwrite -S 0x61 40k 64k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/f1 180k 12k 16k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 372k 10401" -c "fdatasync" $mnt/s1/g0
xfs_io -c "fpunch 572474 112k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 752k 48k" -c "fdatasync" $mnt/s1/g1
xfs_io -f -c "pwrite -S 0x61 172k 4094" $mnt/f1
sync
sync
xfs_io -c "fzero 144k 11455" $mnt/s1/g0
xfs_io -c "falloc 36k 44k" $mnt/s1/f1
xfs_io -c "fzero -k 4k 52k" $mnt/s1/g1
xfs_io -c "dedupe $mnt/s1/g1 360k 372k 28k" $mnt/s1/g1
xfs_io -c "fpunch 60k 108k" $mnt/s1/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -c "falloc 48k 60k" $mnt/s1/f0
xfs_io -c "truncate 216279" $mnt/f1
xfs_io -c "dedupe $mnt/s1/g1 352k 8k 32k" $mnt/s1/f1
sync
md5sum $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g1 372k 0 20k" $mnt/s1/g1
xfs_io -f -c "pwrite -S 0xcd 472k 56k" $mnt/s1/g2
xfs_io -c "falloc 60k 228k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 624k 236k" $mnt/s1/g0
sync
xfs_io -c "pwrite -S 0x62 764k 60k" -c "fdatasync" $mnt/f1
rm $mnt/f0
xfs_io -c "truncate 188k" $mnt/s1/g0
xfs_io -f -c "pwrite 124k 28k" -c "fsync" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 532k 212k" $mnt/s1/g1
