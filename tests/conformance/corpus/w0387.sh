# extsim conformance workload, gen.py seed 387 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "falloc 5883563 10m" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1540096 8225" -c "fsync" $mnt/f1
xfs_io -c "dedupe $mnt/f0 4161536 8k 4k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 1257472 1191936 20k" $mnt/f1
md5sum $mnt/f1
xfs_io -c "fpunch 484k 32k" $mnt/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0xcd 904k 7115" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 784k 12k" $mnt/f1
sync
xfs_io -c "pwrite -S 0x62 -b 1m 7m 5m" $mnt/f0
xfs_io -c "fpunch 1716224 2m" $mnt/f0
xfs_io -c "falloc 9587257 11m" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "falloc 16084992 657" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
touch $mnt/sv/g1
chattr +C $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x63 -b 1m 27320320 13m" $mnt/f0
xfs_io -c "pwrite -S 0x63 12410880 20k" -c "fsync" $mnt/s1/f1
sync
xfs_io -c "pwrite -S 0x61 -b 1m 2527232 13m" $mnt/f0
xfs_io -c "fpunch 9691136 28k" $mnt/s1/f1
xfs_io -c "dedupe $mnt/f0 4980736 37982208 52k" $mnt/f0
xfs_io -c "pwrite -S 0xcd -b 1m 18214912 9m" $mnt/sv/g1
xfs_io -c "falloc -k 21069824 5m" $mnt/f1
xfs_io -c "pwrite -S 0x62 -b 1m 26836992 12m" $mnt/sv/g1
xfs_io -c "pwrite -S 0x61 11722752 44k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f1 9203712 37588992 24k" $mnt/sv/g1
xfs_io -c "fpunch 15720448 64k" $mnt/s1/f1
xfs_io -c "pwrite -S 0x63 -b 1m 23326720 8m" $mnt/sv/g1
xfs_io -c "dedupe $mnt/s1/f1 3211264 44k 12k" $mnt/f0
xfs_io -c "falloc -k 7610368 8k" $mnt/s1/f0
xfs_io -c "fpunch 29143040 40k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 38023168 4493312 2609152" $mnt/sv/g0
md5sum $mnt/s1/f1
xfs_io -c "reflink $mnt/f1 4763648 2666496 7565312" $mnt/s1/f1
xfs_io -c "pwrite -S 0x62 -b 1m 10661888 3m" $mnt/s1/f0
xfs_io -c "falloc -k 8564736 1m" $mnt/sv/g1
xfs_io -c "fpunch 7860224 40k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 11329536 7344128 24k" $mnt/s1/f0
xfs_io -c "reflink $mnt/sv/g0 3993600 10698752 252k" $mnt/f1
xfs_io -c "pwrite -b 1m 15183872 1m" -c "fsync" $mnt/s1/f1
xfs_io -c "pwrite -S 0xcd 17477502 124k" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 16240640 2m" $mnt/f0
xfs_io -c "reflink $mnt/sv/g0 6750208 4550656 92k" $mnt/f1
xfs_io -c "reflink $mnt/s1/f1 12451840 9035776 2740224" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 1568768 76k" $mnt/s1/f0
xfs_io -c "falloc -k 32628736 5m" $mnt/sv/g0
xfs_io -c "truncate 8556544" $mnt/f1
xfs_io -c "pwrite -S 0x61 -b 1m 10567680 16m" $mnt/s1/f1
xfs_io -c "fpunch 26227173 40k" $mnt/s1/f1
