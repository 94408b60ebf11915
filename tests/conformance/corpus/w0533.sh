# extsim conformance workload, gen.py seed 533 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 -b 1m 12566528 5m" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 4870144 9m" -c "fsync" $mnt/f0
xfs_io -c "falloc -k 15953920 3087" $mnt/f0
xfs_io -c "fpunch 8773632 52k" $mnt/f0
xfs_io -c "pwrite -b 1m 2854912 4m" -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 4489216 0 13324288" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "fsync" $mnt/f0
xfs_io -c "truncate 16293888" $mnt/f0
sync
xfs_io -c "falloc -k 15429632 8k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 -b 1m 24772608 12m" $mnt/f1
xfs_io -c "pwrite -S 0x63 -b 1m 15695872 1m" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 33193984 9m" $mnt/f2
xfs_io -f -c "pwrite -S 0xcd -b 1m 3411968 2m" $mnt/f3
xfs_io -c "pwrite -S 0x61 8026292 56k" $mnt/f3
xfs_io -c "falloc -k 33947648 60k" $mnt/f1
xfs_io -c "dedupe $mnt/s1/f0 10084352 7077888 24k" $mnt/f0
xfs_io -c "pwrite -S 0x62 6955008 10013" $mnt/f1
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0x62 -b 1m 21549056 12m" -c "fsync" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 10006528 40k" $mnt/f4
xfs_io -f -c "pwrite -S 0xcd 11661312 24k" $mnt/f2
xfs_io -c "fzero -k 4870144 3481" $mnt/f0
xfs_io -c "falloc -k 696k 10m" $mnt/f3
xfs_io -f -c "pwrite -S 0x62 9920512 44k" -c "fsync" $mnt/f4
xfs_io -c "reflink $mnt/f4 3665920 10256384 5201920" $mnt/f0
xfs_io -c "falloc 3432448 96k" $mnt/f4
xfs_io -f -c "pwrite -S 0x61 10174464 28k" $mnt/f0
xfs_io -c "falloc -k 3244032 11m" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 30777344 16k" $mnt/f1
xfs_io -f -c "reflink $mnt/f4 8093696 18448384 732k" $mnt/f5
xfs_io -f -c "pwrite -S 0x61 7561216 16k" $mnt/f3
xfs_io -c "dedupe $mnt/f2 34123776 10780672 40k" $mnt/f1
xfs_io -c "pwrite -S 0x63 -b 1m 29184000 3m" $mnt/f1
xfs_io -c "pwrite -S 0x63 -b 1m 4775936 4m" $mnt/f4
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -f -c "pwrite -S 0x62 19634399 48k" $mnt/s2/g0
xfs_io -c "reflink $mnt/f4 4644864 1437696 5406720" $mnt/f0
xfs_io -c "fpunch 11749411 32k" $mnt/s2/f5
xfs_io -c "dedupe $mnt/s2/f2 27189248 36k 20k" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 7569408 4m" $mnt/s2/f0
xfs_io -c "pwrite -S 0x61 17432576 64k" $mnt/s2/f5
xfs_io -f -c "pwrite 9904128 12k" $mnt/f5
xfs_io -c "dedupe $mnt/f2 37859328 39268352 12k" $mnt/s2/f2
xfs_io -c "reflink $mnt/s2/g0 3694592 9879552 10375168" $mnt/f0
xfs_io -c "reflink $mnt/s2/f5 8228864 28241920 712k" $mnt/f1
