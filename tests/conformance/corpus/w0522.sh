# extsim conformance workload, gen.py seed 522 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "reflink $mnt/f0 0 2809856 4k" $mnt/f0
xfs_io -c "reflink $mnt/f0 4k 9404416 4k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "fpunch 26140672 64k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
sync
xfs_io -c "dedupe $mnt/f0 4k 0 4k" $mnt/f0
xfs_io -c "falloc 2019328 124k" $mnt/f0
xfs_io -c "reflink $mnt/f0 444k 1986560 616k" $mnt/f0
xfs_io -c "falloc -k 892k 24k" $mnt/f0
xfs_io -c "falloc -k 29921280 16m" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 33472512 236k" $mnt/f1
xfs_io -c "pwrite -S 0xcd 18780160 11896" $mnt/f1
xfs_io -c "fpunch 508k 28k" $mnt/f0
xfs_io -c "falloc 21408978 12k" $mnt/f1
xfs_io -c "pwrite -S 0x62 -b 1m 2412544 2m" $mnt/f0
xfs_io -c "dedupe $mnt/f1 16478208 36k 24k" $mnt/f0
xfs_io -c "reflink $mnt/f0 2170880 220k 2203648" $mnt/f1
sync
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "falloc -k 32828098 36k" $mnt/sv/g0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "reflink $mnt/f1 29216768 13299712 16k" $mnt/f1
xfs_io -f -c "reflink $mnt/s1/f0 1921024 5664768 2600960" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x61 9808847 56k" $mnt/s2/f0
xfs_io -c "reflink $mnt/sv/g1 4k 21835776 4k" $mnt/s2/f1
btrfs subvolume snapshot -r $mnt $mnt/s3
xfs_io -r -c "fiemap -v" $mnt/s2/f1
xfs_io -c "fpunch 8118272 64k" $mnt/s2/f1
