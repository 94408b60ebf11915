# extsim conformance workload, gen.py seed 135
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
touch $mnt/f0
chattr +C $mnt/f0
xfs_io -c "dedupe $mnt/f0 0 0 24k" $mnt/f0
xfs_io -c "falloc 4641928 8562" $mnt/f0
xfs_io -c "pwrite -S 0x62 646529 1m" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x62 2565078 20k" $mnt/f0
xfs_io -c "fpunch 2404352 24k" $mnt/f0
xfs_io -f -c "truncate 1427910" $mnt/sv/g0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 3313664 1974272 740k" $mnt/f0
xfs_io -c "reflink $mnt/sv/g0 1282048 3497984 88k" $mnt/f0
md5sum $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 3481600 28k" $mnt/f0
xfs_io -c "reflink $mnt/sv/g0 1413120 2600960 16k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 3985408 0 669178" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -c "truncate 5005312" $mnt/sv/g0
sync
xfs_io -c "falloc -k 2637824 128k" $mnt/sv/g0
xfs_io -c "pwrite 3263797 32k" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd 3035136 28k" $mnt/f0
xfs_io -c "dedupe $mnt/sv/g0 3469312 3473408 16k" $mnt/sv/g0
btrfs subvolume snapshot $mnt/sv $mnt/s1
xfs_io -f -c "reflink $mnt/s1/g0 3440640 172k 1008k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g0 1531904 64k 28k" $mnt/f0
btrfs subvolume snapshot $mnt/sv $mnt/s2
sync
xfs_io -c "falloc -k 4960256 10996" $mnt/s2/g1
xfs_io -f -c "pwrite -S 0x61 3178496 48k" -c "fdatasync" $mnt/sv/g0
sync
xfs_io -r -c "fiemap -v" $mnt/s1/g0
xfs_io -c "falloc 4113462 244k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/sv/g1 812k 0 372k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "reflink $mnt/s2/g0 2408448 856k 1204224" $mnt/s2/g0
xfs_io -c "fpunch 3827310 164k" $mnt/s2/g0
xfs_io -c "reflink $mnt/f0 2936832 2932736 20k" $mnt/f0
xfs_io -c "falloc -k 4648751 60k" $mnt/s2/g0
xfs_io -f -c "pwrite -S 0x62 1520293 16k" $mnt/s2/g0
xfs_io -c "fsync" $mnt/s3/f0
xfs_io -c "reflink $mnt/s2/g1 604k 3088384 0" $mnt/s3/f0
xfs_io -c "fzero -k 1712128 44k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s3/f0 2265088 152k 0" $mnt/s2/g1
rm $mnt/s3/f0
xfs_io -c "reflink $mnt/sv/g0 1470464 444k 2711552" $mnt/s2/g1
sync
xfs_io -c "dedupe $mnt/s1/g0 4272128 524k 32k" $mnt/sv/g1
xfs_io -c "truncate 2113641" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 557296 88k" $mnt/sv/g0
xfs_io -c "pwrite 556k 3821" $mnt/sv/g1
xfs_io -c "fpunch 2502656 32k" $mnt/s2/g1
xfs_io -c "falloc -k 4281920 212k" $mnt/sv/g0
chattr +C $mnt/s2/g0
xfs_io -c "reflink $mnt/sv/g0 3162112 3764224 424k" $mnt/s2/g0
xfs_io -c "falloc 1273856 256k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 307105 40k" $mnt/s2/g1
xfs_io -c "pwrite -S 0xcd 4284416 168k" $mnt/sv/g0
xfs_io -c "falloc -k 1689057 60k" $mnt/f0
xfs_io -c "pwrite -S 0x61 48k 52k" $mnt/sv/g0
xfs_io -c "falloc -k 7626752 56k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x61 164k 152k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/s2/g0 1081344 1593344 12k" $mnt/f0
xfs_io -c "falloc 2596864 152k" $mnt/sv/g1
sync
sync
rm $mnt/s2/g1
xfs_io -f -c "pwrite -S 0x63 3399680 32k" $mnt/s1/g1
