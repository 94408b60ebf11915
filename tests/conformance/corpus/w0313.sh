# extsim conformance workload, gen.py seed 313 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0xcd -b 1m 1314816 13m" $mnt/f0
xfs_io -c "pwrite -S 0x62 3313664 44k" -c "fdatasync" $mnt/f0
rm -f $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 15363606 32k" -c "fdatasync" $mnt/sv/g0
md5sum $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 -b 1m 11436032 3m" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 1339392 6591" -c "fsync" $mnt/sv/g0
chattr +C $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 12083200 0 3317270" $mnt/sv/g0
chattr +C $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 19709952 12k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 104224 40k" $mnt/sv/g0
xfs_io -c "falloc 15564915 15m" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 7467008 4k 32k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 4988928 64k" $mnt/sv/g0
xfs_io -f -c "falloc -k 13647872 24k" $mnt/f0
xfs_io -c "fdatasync" $mnt/sv/g0
umount $mnt
mount $dev $mnt
xfs_io -f -c "reflink $mnt/sv/g0 14778368 17842176 16527475" $mnt/f1
chattr +C $mnt/f1
xfs_io -c "dedupe $mnt/f0 33320960 33320960 16k" $mnt/f0
xfs_io -c "reflink $mnt/sv/g0 18793408 24756224 128k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
rm -f $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 -b 1m 18116608 2m" $mnt/f1
sync
xfs_io -c "falloc -k 17555456 6m" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd -b 1m 32223232 10m" -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1232896 12713984 32k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 4231168 60k" -c "fsync" $mnt/sv/g0
chattr +C $mnt/f1
xfs_io -c "falloc 38656723 28k" $mnt/f0
md5sum $mnt/sv/g0
xfs_io -c "reflink $mnt/f1 12603392 25841664 4796416" $mnt/f0
sync
xfs_io -c "dedupe $mnt/f1 16179200 24k 12k" $mnt/f0
md5sum $mnt/f1
xfs_io -c "dedupe $mnt/f0 9822208 2338816 4k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 37941248 32264192 4k" $mnt/f0
rm -f $mnt/f0
xfs_io -c "reflink $mnt/sv/g0 3829760 1196032 28k" $mnt/sv/g0
touch $mnt/f0
chattr +C $mnt/f0
xfs_io -f -c "falloc -k 33484800 76k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 19824036 8k" $mnt/f1
xfs_io -c "fpunch 3850240 152k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 3375104 24k" $mnt/f3
xfs_io -c "reflink $mnt/sv/g0 340k 16470016 3350528" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd -b 1m 30797824 8m" -c "fsync" $mnt/f1
xfs_io -c "falloc 7221248 240k" $mnt/f0
btrfs subvolume snapshot $mnt/sv $mnt/s1
xfs_io -c "fdatasync" $mnt/f0
md5sum $mnt/sv/g0
sync
umount $mnt
mount $dev $mnt
