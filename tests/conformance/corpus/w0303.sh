# extsim conformance workload, gen.py seed 303 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
sync
xfs_io -f -c "reflink $mnt/f0 4k 5922816 8k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "dedupe $mnt/f0 0 0 28k" $mnt/f0
sync
xfs_io -c "falloc -k 10532020 4m" $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -f -c "falloc 8564736 12k" $mnt/f2
sync
xfs_io -c "reflink $mnt/f0 0 11685888 4k" $mnt/f2
xfs_io -f -c "pwrite -b 1m 15839232 3m" $mnt/f3
xfs_io -c "pwrite -S 0x63 268k 12k" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x63 4282004 60k" $mnt/f1
xfs_io -c "pwrite -S 0xcd 9953280 28k" $mnt/f3
xfs_io -c "dedupe $mnt/f2 2609152 0 5971968" $mnt/f0
xfs_io -c "pwrite -S 0x61 3940352 36k" $mnt/f2
xfs_io -c "pwrite -S 0x62 5373952 4k" -c "fsync" $mnt/f2
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fzero 1372160 112k" $mnt/f1
xfs_io -c "truncate 31771632" $mnt/f1
xfs_io -c "falloc 5713920 176k" $mnt/f2
xfs_io -c "pwrite -S 0xcd 25317376 32k" -c "fdatasync" $mnt/f1
xfs_io -c "pwrite -S 0x61 9576448 128k" $mnt/f3
xfs_io -f -c "pwrite -S 0x63 212k 96k" $mnt/f0
md5sum $mnt/f3
sync
