# extsim conformance workload, gen.py seed 425 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x62 24469504 8k" $mnt/f0
md5sum $mnt/f0
xfs_io -c "pwrite 27287552 148k" $mnt/f0
xfs_io -c "reflink $mnt/f0 24440832 22818816 256k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
md5sum $mnt/f0
xfs_io -c "reflink $mnt/f0 21188608 15286272 2306048" $mnt/f0
xfs_io -c "pwrite -S 0x63 32567296 44k" $mnt/f0
xfs_io -c "pwrite -S 0x63 6799360 3531" $mnt/f0
sync
xfs_io -f -c "reflink $mnt/f0 24203264 4284416 8413184" $mnt/f1
xfs_io -c "dedupe $mnt/f1 0 31555584 8k" $mnt/f0
xfs_io -c "pwrite -S 0x62 12511670 20k" $mnt/f0
xfs_io -c "fpunch 32496723 64k" $mnt/f0
xfs_io -c "pwrite -b 1m 8736768 8m" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 8835072 16k" $mnt/f0
xfs_io -f -c "pwrite -b 1m 10186752 9m" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd -b 1m 32378880 9m" -c "fsync" $mnt/f2
xfs_io -c "truncate 2840810" $mnt/f0
xfs_io -c "dedupe $mnt/f2 16281600 0 25538560" $mnt/f0
xfs_io -c "falloc -k 21684224 3m" $mnt/f2
xfs_io -c "falloc 20660871 13m" $mnt/f2
sync
xfs_io -c "dedupe $mnt/f2 29224960 0 12595200" $mnt/f2
xfs_io -c "fzero -k 14537129 24k" $mnt/f1
xfs_io -c "dedupe $mnt/f2 25034752 24k 28k" $mnt/f0
md5sum $mnt/f1
xfs_io -c "truncate 2273280" $mnt/f0
xfs_io -c "reflink $mnt/f1 16257024 760k 612k" $mnt/f0
xfs_io -c "falloc -k 20422656 4k" $mnt/f2
xfs_io -c "dedupe $mnt/f2 39444480 760k 4k" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "falloc -k 1027302 7589" $mnt/f0
xfs_io -c "reflink $mnt/f1 15724544 1347584 1167360" $mnt/f0
xfs_io -c "reflink $mnt/f2 10121216 1392640 31698944" $mnt/f2
sync
xfs_io -c "fsync" $mnt/f2
touch $mnt/s1/g1
chattr +C $mnt/s1/g1
xfs_io -f -c "falloc 14004224 1m" $mnt/f3
xfs_io -c "dedupe $mnt/f0 2387968 800k 32k" $mnt/f0
xfs_io -c "fsync" $mnt/s1/g1
xfs_io -c "reflink $mnt/f1 7798784 37404672 7307264" $mnt/f2
btrfs subvolume snapshot -r $mnt $mnt/s2
sync
xfs_io -c "pwrite -b 1m 2236416 10m" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0xcd 6461110 140k" $mnt/f3
xfs_io -c "fdatasync" $mnt/f1
xfs_io -c "reflink $mnt/s2/f3 9916416 448k 3772416" $mnt/s1/g1
sync
xfs_io -c "dedupe $mnt/s2/f3 9883648 0 16k" $mnt/f2
