# Linux 6.18, coreutils 9.1: cp --reflink=never runs out of data space: read/write, sparse source or not, fails with "error writing", exit status 1; the destination keeps what was written
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 -b 1m 0 12m" $mnt/src
xfs_io -f -c "pwrite -S 0x62 -b 1m 0 12m" -c "truncate 40m" $mnt/sparse
xfs_io -f -c "pwrite -b 1m 0 18m" $mnt/fill
sync
cp --reflink=never $mnt/src $mnt/d1
xfs_io -c "fiemap -v" $mnt/d1
md5sum $mnt/d1
rm $mnt/d1
sync
cp --reflink=never $mnt/sparse $mnt/d2
xfs_io -c "fiemap -v" $mnt/d2
md5sum $mnt/d2
rm $mnt/d2
sync
cp --reflink=never $mnt/src $mnt/d3
sync
md5sum $mnt/d3
