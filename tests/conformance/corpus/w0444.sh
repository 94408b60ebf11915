# extsim conformance workload, gen.py seed 444
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 2076672 4k" $mnt/f0
xfs_io -c "pwrite -S 0x63 523028 4k" $mnt/f0
xfs_io -c "falloc -k 80k 52k" $mnt/f0
xfs_io -c "falloc 792k 24k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1867776 32k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 1236992 4k" $mnt/f2
xfs_io -c "dedupe $mnt/f2 1507328 1515520 8k" $mnt/f2
xfs_io -c "dedupe $mnt/f2 1224704 12k 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 700k 48k" $mnt/f0
sync
xfs_io -c "falloc 940k 148k" $mnt/f1
sync
xfs_io -c "fpunch 792k 52k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 428k 0 12k" $mnt/f0
xfs_io -c "fpunch 792k 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1458176 4k" $mnt/f1
xfs_io -c "dedupe $mnt/f2 1228254 8650 36k" $mnt/f0
sync
rm $mnt/f0
chattr +C $mnt/f1
xfs_io -f -c "pwrite 1363968 204k" $mnt/f0
xfs_io -c "pwrite -S 0x62 253997 1m" $mnt/f1
xfs_io -c "truncate 1206436" $mnt/f1
md5sum $mnt/f1
xfs_io -c "falloc -k 1669471 4k" $mnt/f2
xfs_io -c "pwrite -S 0x61 717121 56k" $mnt/f2
xfs_io -c "reflink $mnt/f1 1285224 832014 44k" $mnt/f1
xfs_io -c "falloc 455158 28k" $mnt/f0
xfs_io -c "falloc 32k 1310" $mnt/f2
xfs_io -c "truncate 1818624" $mnt/f2
xfs_io -c "pwrite -S 0xcd 488k 44k" -c "fdatasync" $mnt/f1
xfs_io -c "truncate 996k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 1016k 104k" $mnt/f0
xfs_io -f -c "reflink $mnt/f2 388k 196k 272k" $mnt/f3
xfs_io -f -c "pwrite -S 0x61 1698604 64k" -c "fdatasync" $mnt/f2
xfs_io -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f3 348k 772k 44k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1056768 1069056 28k" $mnt/f0
sync
xfs_io -c "falloc 612k 20k" $mnt/f1
xfs_io -c "pwrite -S 0x61 336k 16k" $mnt/f1
xfs_io -c "pwrite -S 0xcd 288k 44k" $mnt/f3
chattr +C $mnt/f2
xfs_io -c "pwrite -S 0x61 1720320 44k" $mnt/f3
