# extsim conformance workload, gen.py seed 101
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite 1208320 152k" -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 664k 424k 248k" $mnt/f0
xfs_io -c "falloc 1654784 12k" $mnt/f0
xfs_io -c "truncate 948k" $mnt/f0
xfs_io -c "pwrite 379144 76k" -c "fsync" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
sync
xfs_io -c "pwrite -S 0x61 740k 4k" -c "fdatasync" $mnt/s1/f0
chattr +C $mnt/f0
sync
xfs_io -r -c "fiemap -v" $mnt/s1/f0
xfs_io -c "fsync" $mnt/f0
rm $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 1413120 9017" $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x62 416k 44k" -c "fsync" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 556k 60k 24k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1445888 168k" $mnt/s1/g0
xfs_io -c "reflink $mnt/f0 248k 916k 1172281" $mnt/f0
sync
xfs_io -c "fpunch 1142784 40k" $mnt/f0
rm -f $mnt/s1/g0
xfs_io -c "reflink $mnt/f0 1212416 1839104 213817" $mnt/f0
xfs_io -c "falloc 1949696 8k" $mnt/f0
xfs_io -c "pwrite -S 0x61 1613824 12242" -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1529732 56k" $mnt/f0
xfs_io -c "pwrite 784k 28k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s2
sync
xfs_io -c "pwrite -S 0xcd 1949696 10810" -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/s2/f0 252660 196k 52k" $mnt/s2/f0
sync
xfs_io -f -c "pwrite -S 0x62 488k 188k" $mnt/s2/f0
xfs_io -f -c "pwrite -S 0x63 1146880 116k" $mnt/s2/f0
xfs_io -c "reflink $mnt/f0 1548288 1921024 1m" $mnt/s2/f0
xfs_io -c "reflink $mnt/f0 760k 784k 988k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 800k 112k" $mnt/f0
xfs_io -c "falloc 832161 64k" $mnt/f0
xfs_io -f -c "falloc 192952 4k" $mnt/s1/g0
md5sum $mnt/s2/f0
xfs_io -c "reflink $mnt/s1/g0 32k 276k 96k" $mnt/s2/f0
rm $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x62 1900544 52k" $mnt/f0
xfs_io -c "dedupe $mnt/s2/f0 220k 232k 8k" $mnt/s2/f0
xfs_io -c "pwrite -S 0x61 256k 32k" -c "fsync" $mnt/s2/f0
xfs_io -c "reflink $mnt/s1/g0 76k 868k 24k" $mnt/f0
xfs_io -c "pwrite -S 0x61 364k 5278" -c "fsync" $mnt/f0
xfs_io -c "fsync" $mnt/s2/f0
xfs_io -c "falloc -k 1400832 244k" $mnt/f0
xfs_io -c "fzero -k 72k 24k" $mnt/s1/g0
sync
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "fzero 736k 28k" $mnt/f0
xfs_io -c "pwrite -S 0x62 1658880 2875" $mnt/s3/f0
