# extsim conformance workload, gen.py seed 537
mkfs.btrfs -f $dev -b 256m > /dev/null
mount -o nodatacow $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 572k 4k" $mnt/f0
sync
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x63 800k 16k" -c "fsync" $mnt/s1/f0
xfs_io -c "fdatasync" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 536k 24k" $mnt/s1/f0
xfs_io -c "fpunch 84k 56k" $mnt/f0
xfs_io -c "pwrite -S 0x62 314606 11510" $mnt/f0
sync
sync
xfs_io -c "pwrite -S 0x62 296k 32k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 204k 0 4k" $mnt/f0
xfs_io -c "pwrite -S 0x61 476k 20k" -c "fsync" $mnt/s1/f0
md5sum $mnt/s1/f0
xfs_io -c "dedupe $mnt/f0 156k 364k 4k" $mnt/s1/f0
xfs_io -c "falloc -k 220k 64k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f0 92k 0 240k" $mnt/s1/f0
xfs_io -f -c "falloc 679435 28k" $mnt/s1/g0
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -c "reflink $mnt/s1/g0 660k 428k 20k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x62 508k 168k" -c "fsync" $mnt/s1/g1
xfs_io -c "pwrite -S 0x62 656k 60k" $mnt/s1/g0
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "pwrite -S 0x62 188k 28k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/f0 20k 0 4k" $mnt/s1/g0
xfs_io -c "truncate 59359" $mnt/s3/f0
xfs_io -c "truncate 127566" $mnt/f0
xfs_io -c "falloc 88k 6647" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 1012k 24k" $mnt/s1/g1
xfs_io -f -c "pwrite -S 0x63 44k 1m" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 424k 60k 4k" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 56k 0 456k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 1056768 12k" $mnt/f0
xfs_io -c "reflink $mnt/f0" $mnt/s1/g1
xfs_io -c "falloc -k 244k 48k" $mnt/s3/f0
sync
xfs_io -c "fsync" $mnt/s3/f0
xfs_io -f -c "pwrite -S 0x61 84k 64k" -c "fsync" $mnt/s3/g0
xfs_io -c "dedupe $mnt/s1/g1 872k 44k 28k" $mnt/s1/g1
xfs_io -c "reflink $mnt/s1/g1 148k 520k 932k" $mnt/s1/g0
rm $mnt/s2/f0
xfs_io -c "pwrite -S 0x62 986183 248k" $mnt/s1/f0
xfs_io -c "truncate 623614" $mnt/s1/f0
xfs_io -c "falloc -k 56k 40k" $mnt/s1/g0
xfs_io -f -c "falloc -k 308k 256k" $mnt/f1
xfs_io -c "pwrite -S 0x61 314579 7490" $mnt/s3/f0
xfs_io -c "reflink $mnt/s3/f0 704k 236k 8k" $mnt/s3/f0
xfs_io -c "reflink $mnt/s3/f0 56k 336k 164k" $mnt/f0
xfs_io -c "fzero 489427 40k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 437452 36k" -c "fsync" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/f0 516k 0 8k" $mnt/f1
xfs_io -f -c "pwrite 112k 84k" $mnt/s3/g0
xfs_io -c "falloc 368k 16k" $mnt/s3/g0
xfs_io -c "dedupe $mnt/f1 952k 952k 32k" $mnt/f1
touch $mnt/s3/g1
chattr +C $mnt/s3/g1
xfs_io -c "fpunch 12k 8k" $mnt/s1/f0
md5sum $mnt/s3/f0
xfs_io -f -c "pwrite -S 0x61 228k 12k" $mnt/s3/f0
xfs_io -c "dedupe $mnt/s3/g0 188k 152k 4k" $mnt/s3/g0
xfs_io -c "fsync" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 536k 16k" -c "fsync" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 -b 1m 444k 4m" -c "fsync" $mnt/s1/f0
xfs_io -c "fsync" $mnt/s3/f0
xfs_io -c "fpunch 116k 8k" $mnt/s3/g0
xfs_io -c "pwrite -S 0xcd 392k 7179" $mnt/s3/g1
xfs_io -c "pwrite -S 0x61 388k 164k" $mnt/s1/f0
