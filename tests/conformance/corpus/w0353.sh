# extsim conformance workload, gen.py seed 353 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -b 1m 23949312 7m" $mnt/f0
xfs_io -c "fpunch 28844032 4m" $mnt/f0
xfs_io -c "truncate 28233728" $mnt/f0
xfs_io -c "falloc 824k 48k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 25720965 236k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
sync
xfs_io -c "reflink $mnt/s1/f0 6041600 6029312 20k" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 18321408 24293376 8228864" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 -b 1m 24616960 5m" $mnt/s1/f0
xfs_io -c "fpunch 19210240 44k" $mnt/f0
xfs_io -c "fpunch 30689276 208k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 -b 1m 17895424 8m" $mnt/s1/f0
xfs_io -f -c "truncate 15365260" $mnt/f1
xfs_io -c "fpunch 1171791 4m" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 -b 1m 23838720 1m" $mnt/f2
xfs_io -c "truncate 13815808" $mnt/f2
xfs_io -c "reflink $mnt/f1" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 4870144 4033" $mnt/f0
xfs_io -c "falloc -k 744k 7205" $mnt/f1
sync
xfs_io -c "pwrite -S 0x63 11440128 11562" $mnt/f2
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "reflink $mnt/f0 17670144 17416192 10571776" $mnt/s1/f0
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 10133504 16k" -c "fsync" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 13285917 44k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f2
xfs_io -f -c "pwrite -S 0xcd 13549568 44k" $mnt/f1
xfs_io -c "fpunch 27840512 28k" $mnt/s1/f0
xfs_io -c "fpunch 28024832 48k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x62 -b 1m 20430848 3m" $mnt/s1/g0
