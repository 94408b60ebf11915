# extsim conformance workload, gen.py seed 6111 --drop-caches 0.08
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
sync
xfs_io -f -c "pwrite -S 0x61 495603 252k" -c "fsync" $mnt/f0
xfs_io -c "truncate 376k" $mnt/f0
xfs_io -f -c "falloc -k 520k 5216" $mnt/f1
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "reflink $mnt/f0 228k 1728512 0" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 364k 60k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 804k 12k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 1295886 420k 20k" $mnt/f0
xfs_io -c "truncate 2002944" $mnt/f1
xfs_io -c "falloc 136k 32k" $mnt/f0
xfs_io -c "reflink $mnt/f0 0 1490944 368k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 936k 56k 20k" $mnt/f0
sync
xfs_io -c "pwrite -S 0x61 476k 40k" $mnt/f0
echo 3 > /proc/sys/vm/drop_caches
sync
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -c "pwrite -S 0x62 388k 36k" $mnt/f0
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "fpunch 240k 44k" $mnt/f0
xfs_io -c "pwrite -S 0x62 1522418 40k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 140k 0 16k" $mnt/f1
xfs_io -c "fpunch 380k 821" $mnt/f0
xfs_io -c "dedupe $mnt/f1 1875968 40k 28k" $mnt/f0
xfs_io -f -c "reflink $mnt/f2 0 1499136 0" $mnt/f3
xfs_io -c "reflink $mnt/f0 320k 948k 116k" $mnt/f3
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 812k 8k" $mnt/f1
xfs_io -c "reflink $mnt/f0 244k 1069056 4k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 544k 12k" $mnt/f2
xfs_io -c "falloc 1452547 32k" $mnt/f1
md5sum $mnt/f3
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite -S 0x61 1875968 16k" $mnt/f1
xfs_io -f -c "reflink $mnt/f2 536k 100k 32k" $mnt/f4
sync
xfs_io -f -c "reflink $mnt/f0 416k 384k 68k" $mnt/f5
umount $mnt
mount $dev $mnt
xfs_io -c "falloc -k 464k 16k" $mnt/f2
xfs_io -c "pwrite -S 0x63 1060864 228k" $mnt/f4
md5sum $mnt/f2
xfs_io -c "dedupe $mnt/f2 12k 36k 32k" $mnt/f0
xfs_io -c "truncate 1855488" $mnt/f1
xfs_io -c "dedupe $mnt/f5 188k 32k 28k" $mnt/f0
xfs_io -c "dedupe $mnt/f3 152k 20k 8k" $mnt/f0
xfs_io -c "fpunch 1417216 60k" $mnt/f0
echo 1 > /proc/sys/vm/drop_caches
sync
xfs_io -f -c "pwrite -S 0x62 928166 32k" $mnt/f3
xfs_io -f -c "pwrite -S 0x61 132k 4k" -c "fsync" $mnt/f5
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "fpunch 752011 3m" $mnt/f5
xfs_io -c "falloc -k 1914885 10504" $mnt/f3
