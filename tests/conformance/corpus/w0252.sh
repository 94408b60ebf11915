# extsim conformance workload, gen.py seed 252
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 1908736 12002" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1527808 36k 32k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 80543 12k" $mnt/f0
xfs_io -c "reflink $mnt/f0 40k 1789952 1568768" $mnt/f0
xfs_io -c "reflink $mnt/f0 3039232 752k 320k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1966189 4m" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1130496 96k 32k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 2150400 48k" $mnt/f0
xfs_io -c "pwrite 3030527 108k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 756k 816k 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 804k 1874" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "truncate 1691648" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x62 596k 48k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1236992 272k 8k" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f0 384k 252k 8k" $mnt/f0
xfs_io -c "falloc 676k 4k" $mnt/f0
xfs_io -c "falloc 2088960 2m" $mnt/f0
xfs_io -c "reflink $mnt/f0 1306624 96k 1916928" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 1175552 3m" $mnt/f0
xfs_io -c "truncate 685046" $mnt/f0
xfs_io -c "reflink $mnt/f0 432k 252k 148k" $mnt/f0
xfs_io -f -c "falloc -k 959172 20k" $mnt/f1
xfs_io -c "pwrite 420k 56k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fsync" $mnt/f0
umount $mnt
mount $dev $mnt
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "pwrite -S 0x62 1875968 60k" $mnt/f1
xfs_io -f -c "falloc -k 1441792 248k" $mnt/f2
xfs_io -f -c "reflink $mnt/s1/f0 440k 896k 44k" $mnt/f3
xfs_io -c "pwrite -S 0xcd 1271620 40k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 1204224 164k" $mnt/f1
xfs_io -f -c "falloc -k 892k 32k" $mnt/f4
xfs_io -c "fpunch 532k 24k" $mnt/f3
xfs_io -f -c "pwrite -S 0xcd 116k 64k" $mnt/f3
sync
xfs_io -c "pwrite -S 0x61 991323 1872" $mnt/f1
xfs_io -c "reflink $mnt/s1/f0 452k 1740800 56k" $mnt/f1
chattr +C $mnt/f2
xfs_io -f -c "falloc 172k 188k" $mnt/f5
xfs_io -c "truncate 2067725" $mnt/f5
xfs_io -c "dedupe $mnt/s1/f0 568k 0 107510" $mnt/f2
xfs_io -c "falloc -k 168k 208k" $mnt/f3
xfs_io -f -c "pwrite -S 0x62 5386 7509" $mnt/f3
xfs_io -c "pwrite -S 0x62 1754652 28k" $mnt/f4
xfs_io -c "pwrite -S 0x61 812k 48k" $mnt/f1
xfs_io -c "reflink $mnt/f0 16k 296570 2250" $mnt/f2
xfs_io -c "reflink $mnt/f5 1839104 544k 28k" $mnt/f4
xfs_io -c "pwrite -S 0xcd 1679360 36k" $mnt/f5
xfs_io -c "pwrite -S 0x61 724k 208k" $mnt/f4
touch $mnt/f6
chattr +C $mnt/f6
umount $mnt
mount $dev $mnt
sync
xfs_io -c "pwrite -S 0x62 908k 16k" $mnt/f4
xfs_io -f -c "pwrite -S 0x62 156k 56k" $mnt/f3
xfs_io -c "pwrite -S 0x61 1773568 200k" $mnt/f5
xfs_io -c "truncate 0" $mnt/f6
xfs_io -c "fpunch 1712128 76k" $mnt/f4
xfs_io -c "pwrite -S 0x63 948k 24k" $mnt/f1
xfs_io -c "pwrite -S 0x61 948k 52k" -c "fdatasync" $mnt/f1
xfs_io -c "pwrite -S 0x63 180k 11876" $mnt/f0
xfs_io -c "pwrite -S 0x62 347564 60k" $mnt/f5
xfs_io -c "dedupe $mnt/s1/f1 4k 0 4k" $mnt/f2
xfs_io -c "reflink $mnt/s1/f1 0 908k 4k" $mnt/f2
xfs_io -c "falloc -k 2035712 64k" $mnt/f0
xfs_io -c "pwrite 1716224 4k" $mnt/f4
xfs_io -c "pwrite -S 0x62 836k 252k" $mnt/f5
xfs_io -f -c "reflink $mnt/f0 188k 1331200 60k" $mnt/f7
