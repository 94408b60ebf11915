# extsim conformance workload, gen.py seed 254
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "reflink $mnt/sv/g0 0 2904064 4k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 4871546 76k" $mnt/sv/g0
sync
xfs_io -c "fpunch 2912256 24k" $mnt/sv/g0
xfs_io -c "pwrite 6626084 173" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 5914624 2469888 100k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 6479872 5107712 84k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 676k 56k 8k" $mnt/sv/g0
xfs_io -c "falloc 4169728 8k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 2293760 4k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "fzero -k 4288512 20k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 880k 872k 12k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 588k 5341184 12k" $mnt/sv/g0
xfs_io -f -c "reflink $mnt/sv/g0 964k 4255744 3174400" $mnt/f0
xfs_io -c "pwrite -S 0xcd 5779456 56k" $mnt/f0
xfs_io -c "falloc -k 5877760 4838" $mnt/sv/g0
xfs_io -c "reflink $mnt/f0 5066752 2453504 0" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 -b 1m 6368645 1m" $mnt/f0
xfs_io -c "reflink $mnt/sv/g0 4521984 2207744 0" $mnt/f0
xfs_io -c "pwrite -S 0x62 6730481 188k" $mnt/f0
xfs_io -c "truncate 7071219" $mnt/f0
xfs_io -c "falloc -k 3207168 28k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 -b 1m 5140480 3m" -c "fdatasync" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 6500352 5201920 28k" $mnt/sv/g0
touch $mnt/sv/g1
chattr +C $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g1 5312512 5296128 28k" $mnt/sv/g1
xfs_io -c "reflink $mnt/f0" $mnt/sv/g1
xfs_io -c "fpunch 4512822 32k" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g0 5775360 2322432 1646592" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 4586196 12k" $mnt/sv/g0
xfs_io -c "fpunch 3338240 96k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g1 6479872 2600960 12k" $mnt/f0
xfs_io -c "falloc 4141056 28k" $mnt/f0
xfs_io -c "dedupe $mnt/sv/g1 1134592 4112384 16k" $mnt/f0
xfs_io -c "fdatasync" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x62 1269760 188k" -c "fdatasync" $mnt/sv/g2
sync
xfs_io -c "pwrite 3645440 64k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 394059 44k" $mnt/sv/g2
xfs_io -c "reflink $mnt/sv/g2 848k 2007040 0" $mnt/sv/g1
xfs_io -c "fsync" $mnt/sv/g2
xfs_io -c "dedupe $mnt/sv/g1 1818624 0 4k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/f0 4927488 40k 32k" $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x63 5476352 208k" -c "fsync" $mnt/sv/g3
