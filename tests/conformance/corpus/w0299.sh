# extsim conformance workload, gen.py seed 299
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
sync
xfs_io -f -c "falloc 96k 188k" $mnt/f0
xfs_io -c "fpunch 852k 2m" $mnt/f0
xfs_io -c "truncate 415777" $mnt/f0
xfs_io -c "fpunch 356k 24k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 252k 4078" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 260k 4k" $mnt/f0
xfs_io -c "pwrite -S 0x63 328k 64k" -c "fsync" $mnt/f0
xfs_io -c "falloc -k 163101 60k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f0 148k 100k 272417" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f0 24k 320k 16k" $mnt/f0
xfs_io -c "fpunch 1020k 36k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 864k 32k" $mnt/f0
xfs_io -c "pwrite -S 0x63 311418 28k" -c "fdatasync" $mnt/f0
xfs_io -c "truncate 824k" $mnt/f0
sync
sync
md5sum $mnt/f0
xfs_io -c "fpunch 300k 8k" $mnt/f0
xfs_io -c "pwrite -S 0xcd -b 1m 176k 2m" -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1978368 216k 4k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fpunch 1130496 176k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "reflink $mnt/f0 1392640 960k 4k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f0 1724416 260k 4k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 1093632 1081344 4k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 1103389 64k" $mnt/s1/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x61 864k 1389" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1818624 36k 4k" $mnt/f0
xfs_io -c "truncate 988k" $mnt/s1/f0
xfs_io -c "fsync" $mnt/s1/f0
xfs_io -c "truncate 600714" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "fzero 816k 6149" $mnt/s1/f0
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "reflink $mnt/s3/f0 568k 992k 27274" $mnt/s3/f0
xfs_io -c "falloc 464k 124k" $mnt/s3/f0
sync
xfs_io -c "truncate 344k" $mnt/s3/f0
xfs_io -c "falloc -k 24k 12k" $mnt/s3/f0
xfs_io -f -c "reflink $mnt/f0 308k 620k 293514" $mnt/s3/g0
xfs_io -c "fsync" $mnt/s1/f0
xfs_io -c "falloc 356k 427" $mnt/s1/f0
