# extsim conformance workload, gen.py seed 394 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd 26836992 60k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 20623360 14m" $mnt/f0
md5sum $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fzero -k 18245238 12k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite -S 0x62 2117632 28k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 -b 1m 5308416 14m" -c "fdatasync" $mnt/s1/f0
rm $mnt/f0
xfs_io -c "pwrite -S 0x61 34549760 60k" $mnt/s1/f0
xfs_io -c "falloc 28680192 5m" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 13541376 8k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/f0 26480640 20680704 32k" $mnt/s1/f0
sync
rm $mnt/s1/f0
sync
xfs_io -f -c "pwrite 641676 5917" $mnt/f0
xfs_io -c "fpunch 23050282 64k" $mnt/f0
xfs_io -c "fpunch 30093312 9305" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 20k 15m" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "pwrite -S 0xcd -b 1m 9277440 10m" -c "fdatasync" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 18149376 30101504 1286144" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 6569984 183" $mnt/f0
xfs_io -c "fpunch 4050106 168k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 6586368 28k" $mnt/f0
xfs_io -c "reflink $mnt/s1/g0 11026432 1994752 16576512" $mnt/f0
xfs_io -c "truncate 3850240" $mnt/f0
xfs_io -c "fsync" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 -b 1m 12034048 14m" $mnt/f1
xfs_io -c "truncate 15067822" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 5513216 548k 8843264" $mnt/f0
chattr +C $mnt/s1/g0
sync
xfs_io -c "fsync" $mnt/s1/g0
xfs_io -c "pwrite -S 0xcd 12767232 168k" $mnt/f1
sync
sync
xfs_io -c "falloc -k 10674176 96k" $mnt/s1/g0
btrfs subvolume snapshot $mnt $mnt/s2
