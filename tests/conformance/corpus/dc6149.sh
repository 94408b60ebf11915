# extsim conformance workload, gen.py seed 6149 --drop-caches 0.08
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "reflink $mnt/f0 0 284k 4k" $mnt/f0
xfs_io -c "pwrite -S 0x63 160k 9404" $mnt/f0
xfs_io -c "pwrite -S 0x62 1122304 28k" -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f0 900k 216k 224k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -c "falloc 748k 12k" $mnt/f0
sync
sync
xfs_io -c "falloc 820k 180k" $mnt/f0
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x63 756k 224k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1240304 24k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 936204 84k" $mnt/f0
xfs_io -c "pwrite -S 0x62 640k 208k" $mnt/s1/f0
xfs_io -c "falloc -k 416309 4k" $mnt/s1/f0
xfs_io -f -c "reflink $mnt/s1/f0 1228800 2076672 44272" $mnt/sv/g0
xfs_io -c "fpunch 204k 40k" $mnt/sv/g0
touch $mnt/sv/g1
chattr +C $mnt/sv/g1
echo 3 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite 758543 11360" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 968k 2011136 100k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 148k 48k" $mnt/sv/g0
chattr +C $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x61 789835 40k" $mnt/sv/g1
sync
xfs_io -c "pwrite -S 0x63 724k 180k" $mnt/sv/g1
xfs_io -c "truncate 804k" $mnt/sv/g1
xfs_io -c "fpunch 210062 12k" $mnt/s1/f0
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -c "reflink $mnt/sv/g0" $mnt/f0
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "falloc -k 776k 72k" $mnt/sv/g1
btrfs subvolume snapshot $mnt/sv $mnt/s3
xfs_io -c "pwrite -S 0x62 176k 44k" $mnt/f2
xfs_io -c "falloc 45373 2m" $mnt/f2
xfs_io -c "dedupe $mnt/sv/g0 1970176 0 144k" $mnt/sv/g0
rm $mnt/s1/f0
xfs_io -c "reflink $mnt/s2/f0 964k 1982464 164k" $mnt/s3/g0
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite -S 0x63 1824634 36k" $mnt/f2
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "reflink $mnt/s3/g0 264k 1016k 1683456" $mnt/f0
sync
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x62 2269184 32k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 352k 20k" $mnt/s3/g2
sync
xfs_io -c "fsync" $mnt/s3/g2
xfs_io -c "fzero 1945600 8827" $mnt/f2
xfs_io -c "fpunch 120k 8k" $mnt/f0
sync
rm $mnt/s3/g1
xfs_io -c "pwrite -S 0x61 1765376 7053" $mnt/sv/g0
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -r -c "fiemap -v" $mnt/s2/f0
chattr +C $mnt/f2
xfs_io -c "dedupe $mnt/s3/g0 764k 36k 4k" $mnt/f0
xfs_io -f -c "falloc 1392640 72k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 297651 28k" -c "fdatasync" $mnt/s3/g2
xfs_io -c "fpunch 1440413 7832" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x61 100k 48k" $mnt/f0
xfs_io -c "truncate 1134592" $mnt/f0
