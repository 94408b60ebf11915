# extsim conformance workload, gen.py seed 68
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 4452352 60k" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x62 2874543 28k" -c "fdatasync" $mnt/f0
xfs_io -c "fzero 404k 48k" $mnt/f0
xfs_io -c "pwrite -S 0x61 4001792 40k" $mnt/f0
xfs_io -c "truncate 340k" $mnt/f0
xfs_io -c "truncate 1526844" $mnt/f0
xfs_io -c "fpunch 4358144 212k" $mnt/f0
xfs_io -c "falloc 972k 4k" $mnt/f0
xfs_io -c "pwrite -S 0x63 440k 28k" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 1216512 3m" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 2117632 7065600 2256896" $mnt/f1
xfs_io -c "pwrite -S 0xcd 5570560 56k" $mnt/f1
xfs_io -c "truncate 3940352" $mnt/f1
xfs_io -c "falloc -k 3828464 224k" $mnt/f1
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -c "pwrite -S 0x62 1445888 92k" $mnt/f1
xfs_io -c "falloc -k 140k 64k" $mnt/f1
xfs_io -c "pwrite 6254592 40k" $mnt/f2
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "pwrite -S 0x62 3477504 32k" $mnt/f1
xfs_io -c "pwrite -S 0xcd 500k 8k" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x62 836k 64k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 3989504 1224704 8k" $mnt/f0
xfs_io -f -c "falloc -k 2256896 52k" $mnt/f3
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0x62 2576384 1510" $mnt/f1
xfs_io -c "falloc 7064190 148k" $mnt/f2
xfs_io -f -c "reflink $mnt/f0 48k 4886528 748k" $mnt/f4
xfs_io -c "falloc 2613248 12k" $mnt/f1
xfs_io -c "pwrite -S 0x63 -b 1m 2908160 1m" $mnt/f0
xfs_io -c "dedupe $mnt/f3 360k 1536000 60k" $mnt/f0
xfs_io -c "falloc 4173824 4k" $mnt/f0
xfs_io -c "reflink $mnt/f0 400k 2211840 308k" $mnt/f3
xfs_io -c "dedupe $mnt/f3 512k 508k 32k" $mnt/f3
xfs_io -c "reflink $mnt/f1 88k 616k 0" $mnt/f3
xfs_io -f -c "pwrite -S 0x62 6218328 8411" $mnt/f5
xfs_io -f -c "pwrite -S 0x62 3784704 60k" $mnt/f6
xfs_io -f -c "pwrite -S 0x62 488k 20k" $mnt/f4
xfs_io -c "dedupe $mnt/f1 900k 4k 28k" $mnt/f0
xfs_io -c "dedupe $mnt/f5 3940352 1609728 32k" $mnt/f6
xfs_io -f -c "pwrite -S 0x62 2232320 10470" -c "fdatasync" $mnt/f3
xfs_io -f -c "pwrite -S 0x61 1492471 28k" $mnt/f0
xfs_io -c "reflink $mnt/f0 2293760 3723264 1728512" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 3305472 5217" -c "fdatasync" $mnt/f5
rm $mnt/f2
xfs_io -f -c "pwrite -S 0x61 7712768 80k" -c "fdatasync" $mnt/f2
xfs_io -c "pwrite -S 0x61 4866048 40k" $mnt/f4
xfs_io -c "fsync" $mnt/f6
xfs_io -c "fsync" $mnt/f6
xfs_io -f -c "pwrite -S 0x62 2674688 64k" $mnt/f1
xfs_io -c "falloc 2128531 9381" $mnt/f0
chattr +C $mnt/f3
xfs_io -c "pwrite -S 0x61 6914048 36k" $mnt/f0
sync
xfs_io -c "falloc -k 7933952 24k" $mnt/f1
touch $mnt/f7
chattr +C $mnt/f7
xfs_io -c "fpunch 2326528 64k" $mnt/f7
xfs_io -c "pwrite -S 0x63 1810432 4k" $mnt/f3
md5sum $mnt/f7
md5sum $mnt/f5
xfs_io -c "dedupe $mnt/f6 1110016 0 32k" $mnt/f1
xfs_io -c "pwrite -S 0xcd 1m 4m" $mnt/f6
xfs_io -c "truncate 3752197" $mnt/f3
xfs_io -c "reflink $mnt/f0 3063808 7536640 3891200" $mnt/f2
xfs_io -c "dedupe $mnt/f2 4595712 0 28k" $mnt/f2
xfs_io -c "pwrite -S 0xcd 266751 28k" $mnt/f5
