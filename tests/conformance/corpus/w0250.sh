# extsim conformance workload, gen.py seed 250
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 6860800 40k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 4634944 256k" $mnt/f0
sync
xfs_io -c "fpunch 2691072 256k" $mnt/f0
xfs_io -c "fpunch 776k 196k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 4784128 3125248 2113536" $mnt/f1
xfs_io -c "reflink $mnt/f1 1000k 1004k 2056192" $mnt/f0
xfs_io -f -c "falloc -k 1539725 4k" $mnt/f2
xfs_io -c "fpunch 5140480 8k" $mnt/f2
xfs_io -f -c "reflink $mnt/f1 1564672 2281472 1617920" $mnt/f3
xfs_io -c "truncate 4826543" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 1261568 208k" -c "fdatasync" $mnt/f2
xfs_io -c "reflink $mnt/f0 3932160 476k 160k" $mnt/f3
xfs_io -c "fpunch 8011776 104k" $mnt/f2
xfs_io -c "pwrite -S 0x61 656k 44k" $mnt/f1
xfs_io -f -c "falloc -k 2886584 256k" $mnt/f4
xfs_io -c "dedupe $mnt/f0 924k 52k 24k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 3846144 32k" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x62 544k 44k" $mnt/f2
xfs_io -f -c "truncate 8064572" $mnt/f5
xfs_io -c "fpunch 760k 7715" $mnt/f5
xfs_io -c "pwrite 4714496 1m" -c "fsync" $mnt/f3
xfs_io -c "pwrite -S 0x62 424k 20k" $mnt/f0
xfs_io -c "reflink $mnt/f3 5283840 1593344 236k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 5550080 44k" $mnt/f3
xfs_io -f -c "truncate 7163904" $mnt/f6
xfs_io -c "fzero 312k 60k" $mnt/f2
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "reflink $mnt/f5 368k 4976640 4206592" $mnt/f3
xfs_io -f -c "pwrite -S 0xcd 6643712 8k" $mnt/f7
xfs_io -f -c "pwrite 5697536 52k" -c "fsync" $mnt/f2
xfs_io -c "dedupe $mnt/f5 3141632 36k 12k" $mnt/f0
rm $mnt/f4
md5sum $mnt/f5
xfs_io -c "falloc -k 2306048 104k" $mnt/f0
sync
xfs_io -c "reflink $mnt/f6 5808128 4816896 1363968" $mnt/f5
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 3538944 20k" $mnt/f4
rm $mnt/f6
xfs_io -c "falloc 3448832 152k" $mnt/f1
xfs_io -c "falloc -k 3266484 20k" $mnt/f4
xfs_io -c "falloc -k 4997214 32k" $mnt/f1
xfs_io -c "fzero 3002368 16k" $mnt/f7
xfs_io -c "fpunch 6664192 164k" $mnt/f1
xfs_io -c "dedupe $mnt/f2 5689344 6635520 12k" $mnt/f7
chattr +C $mnt/f4
xfs_io -f -c "pwrite -S 0x61 6307840 489" $mnt/f6
