# extsim conformance workload, gen.py seed 311
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc 928k 92k" $mnt/f0
rm $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "falloc 1093632 60k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "falloc 208k 886" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s2
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "pwrite -S 0x63 400k 8k" -c "fsync" $mnt/f0
xfs_io -c "fpunch 388k 8345" $mnt/s2/f0
xfs_io -c "pwrite -S 0x62 632k 48k" $mnt/f0
sync
xfs_io -c "falloc 408k 52k" $mnt/s3/f0
xfs_io -c "pwrite -S 0x63 1355949 8k" $mnt/s2/f0
sync
xfs_io -c "reflink $mnt/s3/f0" $mnt/s2/f0
xfs_io -c "fzero -k 861788 256k" $mnt/s2/f0
xfs_io -c "reflink $mnt/s3/f0 760k 764k 8k" $mnt/s3/f0
xfs_io -f -c "pwrite 1365207 32k" $mnt/s1/g0
xfs_io -c "reflink $mnt/f0 20k 676k 1077248" $mnt/s2/f0
xfs_io -c "reflink $mnt/s3/f0 220k 1486848 0" $mnt/s2/f0
xfs_io -c "falloc -k 89003 3824" $mnt/s1/g0
xfs_io -c "fsync" $mnt/s3/f0
sync
xfs_io -f -c "pwrite -S 0x62 124k 80k" $mnt/f1
md5sum $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 134604 244k" $mnt/f1
xfs_io -c "reflink $mnt/s1/g0 904k 200k 388k" $mnt/f1
xfs_io -c "dedupe $mnt/s3/f0 1369983 1114112 44k" $mnt/f0
md5sum $mnt/f0
xfs_io -c "reflink $mnt/f1 116k 912k 0" $mnt/s1/g0
xfs_io -c "reflink $mnt/s2/f0 2125824 1245184 16k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s3/f0" $mnt/f1
xfs_io -c "fsync" $mnt/f1
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0x61 936k 148k" $mnt/f0
xfs_io -f -c "reflink $mnt/s3/f0 96k 360k 828k" $mnt/f2
xfs_io -c "dedupe $mnt/s1/g0 128k 64k 4k" $mnt/f0
xfs_io -c "pwrite -S 0x63 108k 48k" -c "fdatasync" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 572k 891845 28k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s2/f0 1884160 116k 196k" $mnt/s2/f0
