# extsim conformance workload, gen.py seed 405 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd 20243251 4k" $mnt/f0
xfs_io -c "falloc 17182523 32k" $mnt/f0
xfs_io -f -c "truncate 28016640" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f1
sync
xfs_io -c "fzero 2275467 48k" $mnt/f1
xfs_io -c "pwrite -S 0xcd 25460736 4k" -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 5099520 14131200 24k" $mnt/f1
xfs_io -c "pwrite -S 0x63 -b 1m 16265216 9m" $mnt/f0
xfs_io -c "fpunch 2674688 36k" $mnt/f0
xfs_io -c "falloc -k 13696709 8k" $mnt/f1
xfs_io -c "truncate 1012k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 332k 16k 20k" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 5337088 14m" $mnt/f1
touch $mnt/f2
chattr +C $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s1
sync
xfs_io -c "reflink $mnt/f1 19779584 15052800 224k" $mnt/s1/f2
sync
xfs_io -f -c "pwrite 14737408 12k" $mnt/s1/f0
xfs_io -f -c "reflink $mnt/s1/f0 14721024 23007232 0" $mnt/f3
xfs_io -c "pwrite -S 0x61 21225472 96k" -c "fdatasync" $mnt/f1
xfs_io -f -c "reflink $mnt/f1 14303232 8794112 5169152" $mnt/f4
xfs_io -c "fpunch 30126080 236k" $mnt/f3
xfs_io -c "pwrite -S 0x62 -b 1m 2920448 12m" $mnt/s1/f2
rm $mnt/f3
sync
