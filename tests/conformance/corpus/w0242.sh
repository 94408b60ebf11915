# extsim conformance workload, gen.py seed 242 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 -b 1m 14082048 13m" $mnt/f0
xfs_io -f -c "falloc -k 26308608 11m" $mnt/f1
xfs_io -c "fpunch 15268927 20k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 16248832 28k" $mnt/f2
xfs_io -c "pwrite -b 1m 10768384 8m" $mnt/f0
xfs_io -f -c "falloc 22573056 8k" $mnt/f3
xfs_io -f -c "falloc -k 2707186 200k" $mnt/f4
xfs_io -c "dedupe $mnt/f1 0 0 4k" $mnt/f1
xfs_io -c "fsync" $mnt/f4
xfs_io -c "pwrite -S 0x63 -b 1m 13406208 14m" $mnt/f3
xfs_io -c "fpunch 30402283 4k" $mnt/f4
xfs_io -f -c "pwrite -S 0x61 13254656 9400" $mnt/f4
xfs_io -c "pwrite -S 0x61 -b 1m 32817152 6m" $mnt/f3
xfs_io -c "falloc -k 20k 7m" $mnt/f3
xfs_io -c "pwrite -S 0x62 9150464 164k" $mnt/f1
xfs_io -c "fpunch 652k 20k" $mnt/f1
xfs_io -c "pwrite 10634102 164k" $mnt/f0
xfs_io -f -c "truncate 4034560" $mnt/f5
xfs_io -c "pwrite -S 0x61 -b 1m 300k 2m" -c "fsync" $mnt/f1
xfs_io -c "reflink $mnt/f3 4984832 1708032 25645056" $mnt/f5
xfs_io -c "fdatasync" $mnt/f1
xfs_io -c "pwrite -S 0x62 28319744 4k" $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x63 -b 1m 13402112 8m" $mnt/f0
xfs_io -c "falloc 11329536 24k" $mnt/f4
xfs_io -c "reflink $mnt/f2 1638400 20082688 14643200" $mnt/f1
sync
xfs_io -c "falloc 24182784 10025" $mnt/f5
xfs_io -f -c "pwrite -S 0x62 -b 1m 13164544 6m" $mnt/f4
xfs_io -c "falloc 8273920 2m" $mnt/f5
md5sum $mnt/f5
xfs_io -c "falloc -k 11431936 5m" $mnt/f5
xfs_io -c "dedupe $mnt/f1 3215360 0 6107136" $mnt/f1
xfs_io -c "falloc 25894912 52k" $mnt/f0
xfs_io -c "reflink $mnt/f4 18149376 13885440 424k" $mnt/f4
xfs_io -c "reflink $mnt/f5 17055744 15761408 0" $mnt/f4
xfs_io -c "dedupe $mnt/f3 19062784 33353728 52k" $mnt/f3
xfs_io -c "pwrite -b 1m 22319104 4m" -c "fsync" $mnt/f1
xfs_io -c "falloc 26497024 8546" $mnt/f3
xfs_io -c "pwrite -S 0x62 16568320 10867" $mnt/f3
xfs_io -f -c "falloc -k 10113024 13m" $mnt/f6
xfs_io -c "pwrite -S 0x63 32052420 164k" $mnt/f6
xfs_io -c "pwrite -S 0x62 15294464 3m" $mnt/f5
xfs_io -c "pwrite -S 0x62 19169852 11606" -c "fsync" $mnt/f6
xfs_io -c "falloc -k 29368320 60k" $mnt/f4
md5sum $mnt/f3
