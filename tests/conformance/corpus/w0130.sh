# extsim conformance workload, gen.py seed 130
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 4026368 44k" $mnt/f0
sync
xfs_io -c "fpunch 4009984 10727" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 3379200 752k 404k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 236k 0 924k" $mnt/f0
xfs_io -c "pwrite -S 0x61 6751998 172k" $mnt/f0
xfs_io -c "pwrite -S 0x63 4710400 56k" $mnt/f0
xfs_io -c "pwrite -S 0x62 6459392 32k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 5197824 12k" $mnt/f0
xfs_io -c "reflink $mnt/f1 448k 324k 408k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 4870144 236k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x61 90125 72k" $mnt/f1
xfs_io -c "fzero 3541991 60k" $mnt/f0
xfs_io -c "fpunch 456k 32k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "falloc 772k 20k" $mnt/f1
xfs_io -f -c "falloc -k 3092480 56k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 5948078 9108" -c "fsync" $mnt/f3
xfs_io -f -c "falloc 128k 144k" $mnt/f4
xfs_io -c "pwrite -S 0x63 248k 52k" -c "fdatasync" $mnt/f4
sync
xfs_io -c "pwrite -S 0x63 -b 1m 3158016 2m" $mnt/f2
xfs_io -c "fzero -k 2854912 9123" $mnt/f3
xfs_io -c "pwrite 3678208 7772" $mnt/f3
xfs_io -c "pwrite -S 0x62 6578176 48k" $mnt/f4
xfs_io -c "reflink $mnt/f1 428k 3280896 244k" $mnt/f4
xfs_io -c "fzero -k 1484364 56k" $mnt/f0
xfs_io -c "reflink $mnt/f2 2372155 5568669 2m" $mnt/f2
xfs_io -c "reflink $mnt/f4 624k 480k 1114112" $mnt/f1
xfs_io -c "reflink $mnt/f4 96k 2834432 920k" $mnt/f3
xfs_io -c "pwrite -S 0x61 8064632 28k" $mnt/f2
xfs_io -c "fpunch 5659513 16k" $mnt/f4
chattr +C $mnt/f3
xfs_io -c "falloc 1343488 48k" $mnt/f3
xfs_io -f -c "pwrite -S 0x62 5595136 212k" $mnt/f1
xfs_io -c "fsync" $mnt/f2
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "falloc 1490944 256k" $mnt/f3
xfs_io -c "dedupe $mnt/f3 3424256 864k 8k" $mnt/f3
xfs_io -c "fsync" $mnt/f1
xfs_io -c "fpunch 2314240 48k" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 5763072 16k" $mnt/f1
xfs_io -c "falloc -k 2093056 24k" $mnt/f0
xfs_io -c "fpunch 268k 92k" $mnt/f4
xfs_io -c "dedupe $mnt/f1 4542464 1200128 4k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "pwrite -S 0xcd 1060864 44k" -c "fdatasync" $mnt/f3
rm -f $mnt/s1/f2
xfs_io -c "pwrite -S 0x62 2203648 4k" $mnt/s2/f2
xfs_io -c "pwrite -S 0x63 6242602 44k" $mnt/f4
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "pwrite -S 0x61 188k 224k" -c "fsync" $mnt/f4
xfs_io -c "reflink $mnt/s3/f0 3481600 176k 20k" $mnt/f0
xfs_io -c "falloc 652k 240k" $mnt/s2/f1
xfs_io -c "pwrite -S 0x61 4047016 24k" -c "fdatasync" $mnt/s3/f4
