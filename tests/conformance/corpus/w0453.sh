# extsim conformance workload, gen.py seed 453
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 4k 296k 8k" $mnt/f0
xfs_io -c "reflink $mnt/f0 0 108k 4k" $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x63 6586368 4k" $mnt/f1
sync
xfs_io -c "pwrite -S 0xcd 3162112 136k" $mnt/f1
sync
xfs_io -c "dedupe $mnt/f1 6410240 12k 8k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite 6443008 28k" $mnt/s1/f1
xfs_io -c "falloc -k 2353908 48k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x61 5931008 48k" $mnt/f0
xfs_io -c "falloc 5410816 28k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 5267456 60k" $mnt/f2
xfs_io -c "dedupe $mnt/f2 272k 5283840 24k" $mnt/s1/f1
sync
sync
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -f -c "pwrite -S 0x63 2002944 4m" $mnt/s1/g0
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "falloc -k 4812800 2m" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 788k 12k" $mnt/f3
xfs_io -c "pwrite -S 0x63 584k 172k" $mnt/s3/f0
xfs_io -f -c "pwrite -S 0x62 651813 44k" $mnt/f3
xfs_io -f -c "pwrite -S 0x61 4026701 172k" $mnt/s1/f0
xfs_io -c "falloc 7987200 52k" $mnt/s3/f1
rm -f $mnt/s2/f2
xfs_io -f -c "pwrite -S 0x61 1945600 64k" $mnt/s1/f1
xfs_io -c "falloc -k 3477504 224k" $mnt/s1/f1
xfs_io -c "pwrite -S 0x63 1052748 9049" $mnt/s3/f0
xfs_io -c "dedupe $mnt/s2/f0 2199552 48k 24k" $mnt/f0
sync
xfs_io -c "falloc -k 4325376 4k" $mnt/s1/f0
xfs_io -c "reflink $mnt/s2/f2 1789952 4227072 624k" $mnt/s1/f0
sync
xfs_io -c "pwrite -S 0x62 3121152 12k" $mnt/s3/f0
xfs_io -c "pwrite -S 0xcd 5523993 20k" $mnt/s3/f1
xfs_io -c "truncate 120k" $mnt/f1
xfs_io -c "pwrite -S 0x62 6529024 16k" $mnt/f1
xfs_io -c "pwrite -S 0x63 1540096 4011" $mnt/f1
xfs_io -c "fpunch 7958528 104k" $mnt/f1
xfs_io -c "fdatasync" $mnt/f2
xfs_io -c "reflink $mnt/s2/f1 6066176 280k 340k" $mnt/s3/f2
