# extsim conformance workload, gen.py seed 531
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
sync
xfs_io -f -c "reflink $mnt/f0 816k 376k 2m" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x63 2064384 244k" -c "fdatasync" $mnt/s1/f0
xfs_io -f -c "falloc -k 1515520 3m" $mnt/s1/g0
xfs_io -c "falloc -k 576k 64k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g0 4k 0 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 965567 16k" -c "fsync" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/f0 1265664 320k 28k" $mnt/s1/f0
xfs_io -c "fpunch 1544192 280" $mnt/s1/f0
md5sum $mnt/f0
umount $mnt
mount $dev $mnt
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -f -c "reflink $mnt/s1/g0 0 1196032 4k" $mnt/s2/g0
xfs_io -c "pwrite 149539 44k" $mnt/s2/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1638400 216k" $mnt/f1
xfs_io -c "reflink $mnt/f1 756k 1220608 32k" $mnt/f1
chattr +C $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1806336 48k" $mnt/f0
sync
xfs_io -c "fsync" $mnt/s2/g0
xfs_io -f -c "pwrite -S 0xcd 352k 48k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 284911 20k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 68k 52k" $mnt/s2/f0
xfs_io -c "reflink $mnt/f0 216k 1429504 1269760" $mnt/f1
xfs_io -c "dedupe $mnt/s1/f0 1605632 24k 8k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 1781760 40k" $mnt/f0
xfs_io -c "pwrite -S 0x61 1359872 4024" $mnt/s2/g0
xfs_io -c "dedupe $mnt/s1/f0 2269184 2072576 32k" $mnt/s1/f0
xfs_io -c "falloc -k 944k 196k" $mnt/s1/g0
xfs_io -c "reflink $mnt/f0 480k 204k 24k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 748k 2895" $mnt/f2
xfs_io -c "falloc -k 308k 224k" $mnt/s2/g0
xfs_io -c "reflink $mnt/f0 356k 880k 1220608" $mnt/f1
xfs_io -c "pwrite 24k 40k" -c "fsync" $mnt/s2/f0
xfs_io -c "pwrite -S 0x61 326514 52k" $mnt/s1/f0
xfs_io -c "fpunch 8k 44k" $mnt/f0
xfs_io -c "falloc 946949 4k" $mnt/s2/g0
xfs_io -c "pwrite -S 0x61 776k 40k" $mnt/f0
md5sum $mnt/s2/g0
xfs_io -c "falloc -k 324k 44k" $mnt/f2
xfs_io -c "reflink $mnt/f0 1212416 1216512 8k" $mnt/s2/g0
xfs_io -f -c "pwrite -S 0x61 1409024 7276" $mnt/s1/g1
xfs_io -c "truncate 1055612" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/f0 208k 0 846716" $mnt/s2/g0
xfs_io -c "pwrite -S 0x61 344k 64k" $mnt/s1/f0
sync
xfs_io -c "reflink $mnt/f0 1363968 1810432 324k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 171207 997" $mnt/f2
md5sum $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "fpunch 948k 44k" $mnt/s1/f0
xfs_io -c "fzero -k 96k 140k" $mnt/s2/f0
xfs_io -f -c "pwrite -S 0x63 1359872 156k" -c "fdatasync" $mnt/f1
xfs_io -c "pwrite -S 0x62 757857 8k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s3/f2 696k 680k 16k" $mnt/s3/f2
xfs_io -f -c "reflink $mnt/s1/g2 540k 2019328 32k" $mnt/s1/g2
sync
xfs_io -c "reflink $mnt/f2 256k 616k 48k" $mnt/f2
xfs_io -c "reflink $mnt/s2/g0 332k 2019328 208k" $mnt/s1/g1
xfs_io -c "dedupe $mnt/s1/f0 732k 12k 12k" $mnt/f0
xfs_io -c "fzero 992k 10475" $mnt/s1/f0
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0x63 128k 196k" -c "fsync" $mnt/s2/f0
xfs_io -c "fdatasync" $mnt/s3/f2
xfs_io -c "fsync" $mnt/s3/f2
