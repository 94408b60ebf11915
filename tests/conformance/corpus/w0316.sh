# extsim conformance workload, gen.py seed 316
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0xcd 2031616 12k" $mnt/f0
xfs_io -c "pwrite -S 0x63 828k 64k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 644k 180k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 1699840 236k 312k" $mnt/sv/g0
xfs_io -c "reflink $mnt/f0 848k 192k 1187840" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd 1230358 60k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 1536000 56k" $mnt/sv/g0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "reflink $mnt/f0 380k 1581056 8k" $mnt/f0
touch $mnt/sv/g1
chattr +C $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x61 1482752 60k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g1 0 1204224 4k" $mnt/sv/g1
xfs_io -f -c "falloc -k 1724416 4k" $mnt/sv/g2
md5sum $mnt/sv/g2
xfs_io -f -c "pwrite -S 0x61 1454080 8k" $mnt/sv/g1
xfs_io -c "truncate 614401" $mnt/sv/g0
xfs_io -c "truncate 612k" $mnt/f0
xfs_io -c "pwrite -S 0x62 419023 12k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 304k 24k 32k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 420k 112k" $mnt/sv/g2
xfs_io -c "pwrite -S 0x61 148k 12k" $mnt/sv/g0
xfs_io -c "falloc -k 432k 8584" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 312k 112k" $mnt/sv/g0
xfs_io -f -c "reflink $mnt/sv/g0 512k 1998848 98305" $mnt/sv/g3
xfs_io -c "fzero 625442 4k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 0 28k" $mnt/sv/g0
xfs_io -c "fpunch 180k 160k" $mnt/sv/g0
