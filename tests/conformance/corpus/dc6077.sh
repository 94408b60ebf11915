# extsim conformance workload, gen.py seed 6077 --drop-caches 0.08
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc 804k 16k" $mnt/f0
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "reflink $mnt/f0 152k 724k 672k" $mnt/f0
xfs_io -c "pwrite 364k 204k" $mnt/f0
xfs_io -c "fpunch 232k 4k" $mnt/f0
xfs_io -c "pwrite 364k 44k" $mnt/f0
xfs_io -c "pwrite -S 0x61 740k 4k" -c "fsync" $mnt/f0
xfs_io -c "fpunch 1490944 52k" $mnt/f0
xfs_io -f -c "pwrite 194729 44k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 80k 7569" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 424k 64k" $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x61 568k 2953" $mnt/f0
sync
echo 3 > /proc/sys/vm/drop_caches
rm -f $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1012k 16k" $mnt/f0
xfs_io -c "reflink $mnt/f0 708k 864k 332k" $mnt/f0
xfs_io -c "truncate 252k" $mnt/f0
sync
echo 2 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite -S 0x61 1405970 48k" $mnt/f1
xfs_io -c "pwrite -S 0x63 240k 224k" $mnt/f0
xfs_io -c "falloc -k 372k 84k" $mnt/f0
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x62 396k 44k" $mnt/f0
echo 3 > /proc/sys/vm/drop_caches
rm $mnt/f1
xfs_io -c "falloc -k 224k 4744" $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
md5sum $mnt/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 288k 44k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 676k 68k" $mnt/f1
xfs_io -c "reflink $mnt/f0 152k 916k 184k" $mnt/f0
xfs_io -c "fpunch 1368357 48k" $mnt/f1
xfs_io -c "pwrite -S 0x61 306766 200k" $mnt/f1
sync
xfs_io -c "fdatasync" $mnt/f0
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "reflink $mnt/f0 76k 768k 1060864" $mnt/f0
xfs_io -c "fpunch 539001 1039" $mnt/f0
xfs_io -c "falloc -k 1332120 224k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 272k 276k 20k" $mnt/f0
xfs_io -c "fzero 652k 4k" $mnt/f1
xfs_io -c "pwrite -S 0x61 24k 10775" $mnt/f1
xfs_io -c "falloc -k 64k 64k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite 525978 44k" -c "fdatasync" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x63 113317 12k" $mnt/f0
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -c "fpunch 92k 1m" $mnt/f0
xfs_io -c "pwrite -S 0x63 712k 40k" $mnt/f1
xfs_io -c "pwrite -S 0x62 238163 9414" $mnt/f1
xfs_io -c "pwrite -S 0xcd 1719313 168k" -c "fdatasync" $mnt/f0
xfs_io -c "truncate 1654784" $mnt/f2
xfs_io -c "pwrite -S 0x63 520k 16k" $mnt/f0
echo 2 > /proc/sys/vm/drop_caches
