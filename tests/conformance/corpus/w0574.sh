# extsim conformance workload, gen.py seed 574
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 152k 36k" $mnt/f0
xfs_io -c "truncate 88317" $mnt/f0
umount $mnt
mount $dev $mnt
md5sum $mnt/f0
xfs_io -c "falloc -k 1253376 56k" $mnt/f0
xfs_io -c "reflink $mnt/f0 8k 12k 92413" $mnt/f0
xfs_io -c "fzero 16k 8130" $mnt/f0
xfs_io -c "reflink $mnt/f0 56k 980k 20k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 288k 60k" $mnt/f0
xfs_io -c "falloc 617688 28k" $mnt/f0
xfs_io -c "pwrite -S 0x61 740k 4m" $mnt/f0
xfs_io -f -c "falloc -k 1679748 44k" $mnt/f1
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -c "dedupe $mnt/f0 1884160 800k 4k" $mnt/f0
xfs_io -c "pwrite -S 0x63 1732608 56k" -c "fsync" $mnt/f1
xfs_io -c "fpunch 1523712 24k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 104k 4141056 16k" $mnt/f0
xfs_io -c "falloc 632k 124k" $mnt/f1
xfs_io -c "pwrite -S 0x62 3215360 144k" -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 2191360 52k" -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f1 988k 764k 764k" $mnt/f1
xfs_io -c "fzero 956k 56k" $mnt/f2
xfs_io -c "dedupe $mnt/f1 1720320 1204111 76k" $mnt/f0
xfs_io -c "pwrite -S 0x63 3035136 6200" $mnt/f0
md5sum $mnt/f0
xfs_io -c "reflink $mnt/f0 92k 348k 0" $mnt/f2
xfs_io -c "falloc 4562944 64k" $mnt/f2
xfs_io -c "dedupe $mnt/f2 4628480 80k 28k" $mnt/f1
xfs_io -c "falloc 2019328 36k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 208k 4k" $mnt/f3
xfs_io -c "falloc -k 2036489 1m" $mnt/f3
xfs_io -c "dedupe $mnt/f0 716k 972k 28k" $mnt/f2
xfs_io -c "truncate 856k" $mnt/f0
xfs_io -c "fpunch 392k 48k" $mnt/f0
xfs_io -c "pwrite -S 0x63 540k 44k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 169307 12k" -c "fdatasync" $mnt/f4
xfs_io -c "dedupe $mnt/f3 96k 8k 20k" $mnt/f0
xfs_io -f -c "falloc 475932 24k" $mnt/f5
xfs_io -c "reflink $mnt/f5 116k 1404928 196k" $mnt/f3
xfs_io -c "reflink $mnt/f4" $mnt/f0
xfs_io -f -c "falloc 288k 40k" $mnt/f6
