# extsim conformance workload, gen.py seed 6246 --drop-caches 0.08
mkfs.btrfs -f $dev -b 256m > /dev/null
mount -o nodatacow $dev $mnt
xfs_io -f -c "pwrite -S 0xcd 359781 60k" $mnt/f0
xfs_io -f -c "pwrite 384k 168k" $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -c "falloc 64k 168k" $mnt/f1
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "falloc 132k 172k" $mnt/f1
xfs_io -c "pwrite -S 0x61 132k 56k" $mnt/f1
echo 3 > /proc/sys/vm/drop_caches
chattr +C $mnt/f1
xfs_io -c "reflink $mnt/f1" $mnt/f1
xfs_io -c "pwrite 268k 88k" $mnt/f1
xfs_io -f -c "pwrite 1265664 4k" $mnt/f2
xfs_io -c "falloc 276k 3474" $mnt/f0
xfs_io -c "fpunch 784k 40k" $mnt/f2
sync
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x61 -b 1m 336k 2m" $mnt/f0
xfs_io -f -c "reflink $mnt/f1 156k 952k 76k" $mnt/f3
xfs_io -c "reflink $mnt/f1 68k 24k 244k" $mnt/f3
xfs_io -c "falloc 186066 64k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
sync
xfs_io -c "fsync" $mnt/s1/f1
xfs_io -c "dedupe $mnt/s1/f1 248k 1245184 24k" $mnt/f2
xfs_io -c "fpunch 95321 120k" $mnt/f1
echo 3 > /proc/sys/vm/drop_caches
md5sum $mnt/f1
xfs_io -c "pwrite -S 0x62 789289 10207" $mnt/f0
xfs_io -c "reflink $mnt/f2 1949696 1966080 28k" $mnt/f2
xfs_io -c "fzero 676k 60k" $mnt/f2
xfs_io -c "pwrite -S 0x62 836k 24k" $mnt/s1/f2
xfs_io -c "fpunch 2117632 28k" $mnt/f0
xfs_io -c "pwrite -S 0x63 8k 52k" $mnt/f3
xfs_io -c "reflink $mnt/s1/f1 184k 348k 124k" $mnt/f1
xfs_io -c "fzero -k 868k 24k" $mnt/f2
chattr +C $mnt/f0
xfs_io -c "pwrite -S 0x62 120k 8k" $mnt/s1/f1
xfs_io -c "fzero -k 2330624 148k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f0 856k 376k 8k" $mnt/f0
xfs_io -c "falloc 168k 8k" $mnt/s1/f3
xfs_io -c "pwrite -S 0xcd 492837 52k" -c "fdatasync" $mnt/s1/f2
xfs_io -c "pwrite -S 0x63 508k 52k" -c "fdatasync" $mnt/f2
xfs_io -c "falloc 1531904 144k" $mnt/s1/f2
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "fpunch 1419330 112k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x61 568k 40k" $mnt/s1/f3
sync
xfs_io -c "dedupe $mnt/s1/f0 1695744 76k 4k" $mnt/s1/f1
xfs_io -c "fsync" $mnt/s1/f2
xfs_io -c "falloc 1060864 52k" $mnt/s1/f1
xfs_io -c "pwrite 108k 8636" $mnt/s1/f3
xfs_io -c "dedupe $mnt/s1/f1 344k 1507328 8k" $mnt/f0
xfs_io -c "pwrite -S 0x63 184k 28k" $mnt/f1
md5sum $mnt/f0
xfs_io -c "dedupe $mnt/f2 100k 0 1171456" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 560k 32k" $mnt/s1/f2
xfs_io -c "reflink $mnt/s1/f0 2142208 568k 188k" $mnt/f3
xfs_io -c "reflink $mnt/s1/f1 944k 896k 16k" $mnt/s1/f3
xfs_io -c "pwrite 108k 56k" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f2 640k 604k 276k" $mnt/s1/f2
xfs_io -c "fpunch 1079891 8388" $mnt/s1/f3
xfs_io -f -c "pwrite -S 0x62 1717467 72k" -c "fsync" $mnt/s1/f3
xfs_io -c "dedupe $mnt/f3 48k 700k 32k" $mnt/s1/f1
xfs_io -c "fpunch 621613 4k" $mnt/s1/f0
xfs_io -c "falloc -k 720k 24k" $mnt/s1/f3
sync
xfs_io -f -c "pwrite -S 0x62 314470 28k" $mnt/s1/f1
echo 3 > /proc/sys/vm/drop_caches
