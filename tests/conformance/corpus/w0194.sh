# extsim conformance workload, gen.py seed 194 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 29753344 3m" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "pwrite 32797544 168k" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 30748672 13m" $mnt/f0
xfs_io -c "dedupe $mnt/f0 23564288 23568384 20k" $mnt/f0
xfs_io -c "pwrite 37378579 24k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 7643136 6m" $mnt/f0
xfs_io -c "fpunch 36234700 120k" $mnt/f0
xfs_io -c "truncate 9240576" $mnt/f0
xfs_io -c "truncate 324k" $mnt/f0
xfs_io -c "fpunch 304k 9472" $mnt/f0
xfs_io -c "reflink $mnt/f0 12k 108k 32k" $mnt/f0
xfs_io -c "pwrite -S 0x61 292k 1m" $mnt/f0
xfs_io -c "pwrite -S 0xcd -b 1m 540k 3m" -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 88k 1191936 1695744" $mnt/f0
xfs_io -c "fzero -k 940k 52k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 2355200 572k 12k" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "reflink $mnt/f0 2961408 2945024 4k" $mnt/f0
chattr +C $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/s1/f0
xfs_io -c "fzero 9842688 4k" $mnt/f0
xfs_io -c "truncate 8163359" $mnt/f0
sync
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -f -c "pwrite 3506176 4k" $mnt/f0
xfs_io -c "fpunch 4251648 44k" $mnt/s2/f0
xfs_io -c "pwrite -S 0x62 -b 1m 5664768 2m" $mnt/s2/f0
xfs_io -f -c "falloc 16506880 96k" $mnt/f1
xfs_io -c "reflink $mnt/s2/f0" $mnt/s2/f0
xfs_io -c "reflink $mnt/s1/f0 2101248 248k 1000k" $mnt/f0
xfs_io -c "fzero 12398876 40k" $mnt/f1
chattr +C $mnt/f0
xfs_io -c "falloc 4222976 52k" $mnt/f0
xfs_io -c "falloc 11137024 16k" $mnt/f1
xfs_io -c "dedupe $mnt/s2/f0 5332992 15753216 20k" $mnt/f1
xfs_io -c "falloc -k 14909440 16m" $mnt/f1
btrfs subvolume snapshot -r $mnt $mnt/s3
umount $mnt
mount $dev $mnt
xfs_io -c "fsync" $mnt/s2/f0
xfs_io -c "fdatasync" $mnt/s2/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -c "pwrite 4526548 104k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 968k 1376256 2715648" $mnt/f1
sync
xfs_io -c "reflink $mnt/f1 9052160 7704576 7557120" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 -b 1m 12484608 6m" $mnt/f2
xfs_io -c "falloc -k 8507392 28k" $mnt/f2
xfs_io -c "pwrite -S 0x61 22200320 24k" $mnt/f1
xfs_io -c "reflink $mnt/s1/f0 3420160 5169152 0" $mnt/f2
xfs_io -c "dedupe $mnt/s2/f0 3223552 3469312 20k" $mnt/s2/f0
xfs_io -c "dedupe $mnt/s3/f1 11161600 0 5447680" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 2387968 256k 28k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x63 320k 40k" $mnt/f2
xfs_io -c "falloc 7061504 48k" $mnt/s2/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -c "reflink $mnt/s2/f0 1753088 15831040 5787648" $mnt/f2
xfs_io -r -c "fiemap -v" $mnt/s3/f1
xfs_io -c "dedupe $mnt/s3/f0 4358144 12722176 7064" $mnt/f2
xfs_io -c "pwrite 540k 5919" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 3203072 196k" $mnt/f0
xfs_io -c "pwrite -S 0x63 14175963 64k" -c "fdatasync" $mnt/f1
