# extsim conformance workload, gen.py seed 144 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "truncate 27488256" $mnt/f0
xfs_io -c "falloc -k 8122368 9m" $mnt/f0
xfs_io -c "falloc -k 6819840 56k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "reflink $mnt/f0 10170368 26443776 4861952" $mnt/f0
xfs_io -c "falloc -k 33380796 13m" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 19640320 2499" $mnt/f0
xfs_io -c "dedupe $mnt/f0 26673152 4k 32k" $mnt/f0
sync
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -c "reflink $mnt/f0 20725760 29683712 5754880" $mnt/f0
xfs_io -c "truncate 2600976" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 -b 1m 300k 15m" -c "fdatasync" $mnt/f0
xfs_io -c "fpunch 8433664 148k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 4632576 356k 16k" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 11497472 9m" $mnt/f0
xfs_io -c "dedupe $mnt/f0 5935104 308k 4k" $mnt/f0
xfs_io -c "reflink $mnt/f0 3981312 27107328 7118848" $mnt/f0
xfs_io -c "pwrite -S 0x62 8150816 1m" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x62 -b 1m 4308992 14m" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 7802880 28k" $mnt/s1/f0
touch $mnt/s1/g0
chattr +C $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x61 -b 1m 24920064 2m" $mnt/s1/g1
xfs_io -c "fpunch 3216935 12k" $mnt/s1/f1
xfs_io -c "pwrite -S 0x63 30183424 32k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 32055296 32059392 4k" $mnt/f0
sync
xfs_io -c "fpunch 4562944 4m" $mnt/s1/g1
xfs_io -c "pwrite -S 0x61 25911296 92k" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 30900224 13m" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/f0 35500032 7020544 20k" $mnt/s1/f1
sync
xfs_io -f -c "pwrite -S 0x61 21254144 24k" $mnt/s1/g0
chattr +C $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g1 7663616 18857984 8k" $mnt/s1/g1
xfs_io -f -c "pwrite -S 0x62 -b 1m 18173952 3m" $mnt/s1/f0
xfs_io -r -c "fiemap -v" $mnt/s1/f0
sync
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 -b 1m 19226624 11m" $mnt/s1/g1
xfs_io -f -c "pwrite 11972608 52k" $mnt/s1/g2
xfs_io -c "reflink $mnt/s1/f1 8081408 11939840 1122080" $mnt/f1
xfs_io -c "reflink $mnt/s1/g2 320k 9383936 2162688" $mnt/s1/g1
xfs_io -c "falloc 7192576 48k" $mnt/s1/f1
btrfs subvolume snapshot $mnt $mnt/s2
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "fpunch 8060928 48k" $mnt/s1/f0
xfs_io -c "falloc 28442261 12m" $mnt/s2/f0
xfs_io -c "fpunch 1396736 2m" $mnt/s1/f1
xfs_io -c "pwrite -S 0xcd -b 1m 12738560 3m" $mnt/s1/g1
xfs_io -f -c "pwrite -S 0x63 -b 1m 23506944 10m" $mnt/f0
touch $mnt/s3/g0
chattr +C $mnt/s3/g0
