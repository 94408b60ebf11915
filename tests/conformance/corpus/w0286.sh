# extsim conformance workload, gen.py seed 286 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 25067520 4k" $mnt/f0
sync
xfs_io -f -c "falloc 26062848 16k" $mnt/f1
xfs_io -c "pwrite -S 0x63 960k 4k" $mnt/f1
xfs_io -c "reflink $mnt/f1 20574208 29016064 2605056" $mnt/f1
rm $mnt/f1
xfs_io -c "dedupe $mnt/f0 25759744 568k 20k" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "reflink $mnt/f0 0 11481088 12k" $mnt/f0
xfs_io -c "pwrite -S 0x63 9941917 60k" -c "fdatasync" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "falloc -k 1462980 52k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 3723264 24k" -c "fdatasync" $mnt/f0
xfs_io -c "falloc 1473140 14m" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 14520320 8m" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 29151232 16k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "fpunch 22024192 196k" $mnt/f0
xfs_io -c "reflink $mnt/f0 4591616 4591616 16k" $mnt/f0
xfs_io -c "reflink $mnt/f0 2904064 13242368 11743232" $mnt/f0
xfs_io -c "pwrite -b 1m 26918912 4m" $mnt/f0
xfs_io -c "reflink $mnt/f0 30302208 23863296 420k" $mnt/f0
xfs_io -c "pwrite -S 0x63 17600512 52k" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "falloc -k 27099136 32k" $mnt/f0
xfs_io -c "fpunch 9142272 76k" $mnt/f0
xfs_io -c "truncate 16506741" $mnt/f0
chattr +C $mnt/f0
xfs_io -f -c "reflink $mnt/f0 11493376 7151616 2949120" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 -b 1m 4919296 2m" $mnt/f1
xfs_io -f -c "pwrite -b 1m 772k 4m" $mnt/f1
xfs_io -c "pwrite -b 1m 9551872 12m" $mnt/f1
xfs_io -c "falloc 24123167 836" $mnt/f1
xfs_io -c "pwrite -S 0x61 -b 1m 13037568 9m" $mnt/f0
chattr +C $mnt/f1
xfs_io -c "fzero -k 14577664 240k" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 29063323 1m" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 18460672 16m" $mnt/f1
xfs_io -c "dedupe $mnt/f1 28913664 29093888 12k" $mnt/f0
sync
xfs_io -c "pwrite -S 0xcd 20589985 64k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 34648064 29118464 8k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 1556480 20619264 8k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 10190848 20615168 32k" $mnt/f0
md5sum $mnt/f0
xfs_io -c "reflink $mnt/f1 17498112 26894336 17747968" $mnt/f1
rm $mnt/f1
xfs_io -c "reflink $mnt/f0 16785408 6131712 10616832" $mnt/f0
xfs_io -c "pwrite -S 0x61 16429056 12245" $mnt/f0
xfs_io -c "pwrite -S 0xcd -b 1m 22908928 3m" $mnt/f0
sync
xfs_io -c "pwrite -S 0x63 19013632 28k" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 4m 2m" -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 -b 1m 17682432 13m" $mnt/f0
xfs_io -c "pwrite -S 0x63 30609408 136" $mnt/f0
