# extsim conformance workload, gen.py seed 6289 --drop-caches 0.08 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 116k 236k" $mnt/f0
xfs_io -f -c "pwrite 29229056 5670" -c "fdatasync" $mnt/f1
xfs_io -c "falloc -k 29106176 16m" $mnt/f0
xfs_io -c "fzero 20818160 4m" $mnt/f1
xfs_io -c "pwrite -S 0x61 17410 44k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 96k 9m" $mnt/f0
xfs_io -c "falloc -k 26210831 64k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 21405696 64k" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 23605248 13m" $mnt/f1
xfs_io -c "fsync" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 -b 1m 33030144 7m" $mnt/f2
xfs_io -f -c "falloc 23625728 5m" $mnt/f3
xfs_io -c "reflink $mnt/f0 8359936 8114176 204k" $mnt/f2
touch $mnt/f4
chattr +C $mnt/f4
xfs_io -c "dedupe $mnt/f3 27426816 27426816 4k" $mnt/f3
xfs_io -f -c "falloc 24965120 15m" $mnt/f5
sync
xfs_io -f -c "reflink $mnt/f6 17932288 17924096 4k" $mnt/f6
xfs_io -c "pwrite -S 0x61 5468160 172k" -c "fdatasync" $mnt/f1
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "reflink $mnt/f1 16244736 576k 21000192" $mnt/f3
xfs_io -c "dedupe $mnt/f2 4849664 9551872 4k" $mnt/f0
sync
xfs_io -c "dedupe $mnt/f0 17879040 9601024 12k" $mnt/f1
md5sum $mnt/f5
xfs_io -c "falloc -k 6098944 28k" $mnt/f2
xfs_io -c "reflink $mnt/f0 17035264 6086656 4448256" $mnt/f0
xfs_io -c "reflink $mnt/f0 9326592 3289088 11460608" $mnt/f2
echo 3 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite -S 0x63 8544256 56k" $mnt/f7
btrfs subvolume snapshot $mnt $mnt/s1
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite -S 0x62 -b 1m 6881280 7m" $mnt/f5
md5sum $mnt/s1/f3
xfs_io -r -c "fiemap -v" $mnt/s1/f5
xfs_io -f -c "pwrite -S 0x61 2433024 7504" -c "fdatasync" $mnt/s1/f1
xfs_io -c "fzero -k 18558976 252k" $mnt/s1/f1
touch $mnt/s1/g1
chattr +C $mnt/s1/g1
sync
sync
xfs_io -c "pwrite -S 0xcd -b 1m 4993024 16m" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f2 27512832 2375680 12861440" $mnt/f4
xfs_io -c "truncate 12894208" $mnt/s1/f7
xfs_io -c "fzero 35098624 152k" $mnt/s1/f2
sync
xfs_io -c "reflink $mnt/s1/f4" $mnt/f0
xfs_io -c "truncate 5660515" $mnt/s1/f6
md5sum $mnt/s1/g1
sync
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 3198976 20k" $mnt/f1
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -b 1m 26157056 10m" $mnt/s1/f1
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -b 1m 2879488 3m" $mnt/f6
xfs_io -c "truncate 1548288" $mnt/f1
xfs_io -c "reflink $mnt/s1/f0 9973760 9977856 16k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x61 18382848 9271" $mnt/s1/f0
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "reflink $mnt/f1 1437696 8470528 104k" $mnt/f3
