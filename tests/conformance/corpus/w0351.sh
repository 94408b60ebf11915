# extsim conformance workload, gen.py seed 351
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc -k 6717440 36k" $mnt/f0
sync
rm $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1486848 28k" $mnt/f0
xfs_io -c "falloc 3518464 4m" $mnt/f0
xfs_io -c "falloc 1390760 104k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 3260416 0 4456448" $mnt/f0
xfs_io -c "fsync" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "falloc 4984433 32k" $mnt/f1
sync
xfs_io -f -c "pwrite -S 0x63 3543040 196k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 5492736 60k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 424k 3727360 16k" $mnt/s1/f0
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -f -c "pwrite -S 0xcd 2495489 12k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 2699264 4919" $mnt/f3
xfs_io -f -c "pwrite -S 0x63 3423996 52k" -c "fdatasync" $mnt/s1/g1
xfs_io -f -c "pwrite -S 0x63 6796196 36k" -c "fsync" $mnt/f4
xfs_io -c "reflink $mnt/f2 0 1470464 4k" $mnt/s1/g0
xfs_io -c "falloc -k 3360807 6991" $mnt/s1/g1
xfs_io -f -c "pwrite -S 0x62 1192272 236k" $mnt/f1
touch $mnt/s1/g2
chattr +C $mnt/s1/g2
xfs_io -f -c "pwrite -S 0xcd 102749 44k" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 3506176 56k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0xcd 7565312 44k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "pwrite -S 0xcd 4911104 44k" $mnt/f4
xfs_io -c "truncate 278508" $mnt/f3
xfs_io -c "pwrite 1425408 136k" $mnt/s2/f2
xfs_io -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f1 5726208 1069056 1896448" $mnt/s1/g1
xfs_io -c "pwrite -S 0x61 104k 32k" $mnt/s1/g1
touch $mnt/s2/g5
chattr +C $mnt/s2/g5
xfs_io -c "dedupe $mnt/s2/f0 5382144 0 12k" $mnt/f1
xfs_io -c "falloc -k 912k 12k" $mnt/f0
xfs_io -c "truncate 6778880" $mnt/s2/g5
xfs_io -c "falloc 4087808 140k" $mnt/f3
xfs_io -c "reflink $mnt/f4 1515520 1093632 3870720" $mnt/s1/f0
sync
xfs_io -c "truncate 454452" $mnt/f0
xfs_io -c "falloc -k 1699840 40k" $mnt/s2/f3
xfs_io -c "dedupe $mnt/f1 4988928 0 16k" $mnt/f0
xfs_io -c "fzero -k 8015872 28k" $mnt/f1
xfs_io -c "falloc -k 7626752 3m" $mnt/s1/f0
xfs_io -c "falloc -k 284k 256k" $mnt/s2/f1
xfs_io -c "pwrite -S 0x61 4947968 4332" $mnt/s2/f0
xfs_io -f -c "pwrite 1052672 16k" $mnt/s2/f2
xfs_io -f -c "pwrite -S 0x61 897626 12k" $mnt/s2/g0
xfs_io -c "pwrite -S 0x61 3416064 36k" -c "fdatasync" $mnt/f4
touch $mnt/s2/g3
chattr +C $mnt/s2/g3
xfs_io -c "dedupe $mnt/s2/g0 288k 2899968 32k" $mnt/s1/g1
xfs_io -c "fpunch 3321856 55" $mnt/f1
xfs_io -c "fzero -k 560k 172k" $mnt/s1/g1
xfs_io -r -c "fiemap -v" $mnt/s2/f2
xfs_io -c "truncate 2431152" $mnt/s2/f0
xfs_io -c "reflink $mnt/s2/f0 692k 688k 20k" $mnt/s2/f0
xfs_io -c "falloc -k 3365463 124k" $mnt/s2/f3
xfs_io -c "fzero 1290240 44k" $mnt/s2/f2
