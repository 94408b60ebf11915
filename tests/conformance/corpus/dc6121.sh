# extsim conformance workload, gen.py seed 6121 --drop-caches 0.08
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd 4082446 232k" $mnt/f0
xfs_io -c "falloc 6840320 192k" $mnt/f0
xfs_io -c "falloc -k 2834592 28k" $mnt/f0
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "truncate 784k" $mnt/f0
xfs_io -f -c "pwrite 1773568 40k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 7753728 52k" $mnt/f0
xfs_io -c "truncate 5136384" $mnt/f0
xfs_io -c "pwrite -S 0xcd 1912832 36k" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "falloc 760k 44k" $mnt/f0
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "reflink $mnt/f0 2502656 3457024 2396160" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 1175552 6791168 2310144" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 825547 4m" -c "fsync" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 908k 10152" $mnt/f2
xfs_io -c "falloc 4861952 64k" $mnt/f2
sync
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "reflink $mnt/f2 749271 4116306 1590" $mnt/f0
xfs_io -c "truncate 848k" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 5459968 252k" $mnt/f3
sync
xfs_io -c "pwrite -S 0x63 2052096 8k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 16k 48k" $mnt/f2
xfs_io -r -c "fiemap -v" $mnt/f2
xfs_io -c "dedupe $mnt/f3 3018752 3343943 5617" $mnt/f0
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "falloc -k 2692746 124k" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 8200192 1m" $mnt/f1
xfs_io -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0x62 3624960 112k" $mnt/f3
xfs_io -c "dedupe $mnt/f2 256k 44k 4k" $mnt/f0
xfs_io -c "falloc 296k 10692" $mnt/f0
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "falloc 4807147 60k" $mnt/f3
xfs_io -c "dedupe $mnt/f1 836k 0 8396800" $mnt/f3
xfs_io -c "reflink $mnt/f0 3964928 7233536 80k" $mnt/f0
xfs_io -c "fpunch 4280320 52k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 2609152 48k" $mnt/f4
xfs_io -c "fpunch 632989 8k" $mnt/f2
xfs_io -c "fpunch 1433600 4k" $mnt/f1
xfs_io -c "falloc -k 180k 1m" $mnt/f2
xfs_io -r -c "fiemap -v" $mnt/f2
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "fpunch 204k 5097" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x63 -b 1m 3444736 3m" -c "fsync" $mnt/f5
xfs_io -c "pwrite 4386816 24k" $mnt/s1/f1
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "falloc -k 1699840 7550" $mnt/s1/f4
xfs_io -c "falloc -k 2416640 3m" $mnt/f3
xfs_io -f -c "pwrite -S 0x63 4739072 8k" -c "fdatasync" $mnt/f6
xfs_io -c "fsync" $mnt/s1/f4
sync
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "reflink $mnt/f0 1556480 1568768 3092480" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f1 8462336 8474624 20k" $mnt/s1/f1
sync
