# Writes on a full filesystem: into a preallocated extent (NOCOW without a
# reservation), into a chattr +C file (in place), over written data of an
# ordinary file (needs new space: ENOSPC), and after a snapshot shares
# the preallocated extent (COW: ENOSPC).
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
touch $mnt/nocow
chattr +C $mnt/nocow
xfs_io -c "pwrite -S 0x61 -b 1m 0 4m" -c "fsync" $mnt/nocow
xfs_io -f -c "pwrite -S 0x62 -b 1m 0 4m" -c "fsync" $mnt/cow
xfs_io -f -c "falloc 0 8m" $mnt/pre
xfs_io -f -c "pwrite -b 1m 0 128m" $mnt/fill
sync
xfs_io -c "pwrite -S 0x63 0 1m" -c "fsync" $mnt/pre
xfs_io -c "pwrite -S 0x63 64k 64k" -c "fsync" $mnt/nocow
xfs_io -c "pwrite -S 0x63 64k 64k" -c "fsync" $mnt/cow
xfs_io -c "falloc 8m 1m" $mnt/pre
btrfs subvolume snapshot $mnt $mnt/snap
xfs_io -c "pwrite -S 0x64 2m 64k" -c "fsync" $mnt/pre
xfs_io -c "pwrite -S 0x64 1m 64k" -c "fsync" $mnt/nocow
rm $mnt/fill $mnt/snap/fill
