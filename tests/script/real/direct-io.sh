# Direct writes (xfs_io -d): a file with checksums (the write falls back
# to a buffered one, written back at once), a NOCOW file (a hole gets a
# new extent, an extent is written in place, an unaligned write falls
# back), a NOCOW file's preallocated range written in part, a direct write
# over dirty pages and past the end, a direct read of dirty pages; then
# on a full filesystem: a NOCOW file overwritten in place (fstests
# btrfs/250), a hole in it and a file with checksums (ENOSPC), and the
# NOCOW file after a snapshot (its extents shared: ENOSPC)
mkfs.btrfs -f $dev -b 1G > /dev/null
mount $dev $mnt
xfs_io -f -d -c "pwrite -q -S 0x61 0 64k" $mnt/cow
filefrag -v $mnt/cow
touch $mnt/nc
chattr +C $mnt/nc
xfs_io -d -c "pwrite -q -S 0x62 0 64k" $mnt/nc
xfs_io -d -c "pwrite -q -S 0x63 4k 8k" $mnt/nc
xfs_io -d -c "pwrite -q -S 0x64 100 200" $mnt/nc
filefrag -v $mnt/nc
od -A d -t x1 $mnt/nc
touch $mnt/pre
chattr +C $mnt/pre
xfs_io -c "falloc 0 1m" -d -c "pwrite -q -S 0x65 256k 128k" $mnt/pre
filefrag -v $mnt/pre
xfs_io -c "pwrite -q -S 0x66 64k 64k" $mnt/nc
xfs_io -d -c "pwrite -q -S 0x67 80k 16k" -c "pwrite -q -S 0x68 192k 8k" $mnt/nc
filefrag -v $mnt/nc
od -A d -t x1 $mnt/nc
xfs_io -f -c "pwrite -q -S 0x69 0 32k" $mnt/rd
xfs_io -d -c "pread -q 0 4k" $mnt/rd
filefrag -v $mnt/rd
sync
touch $mnt/fill
chattr +C $mnt/fill
xfs_io -c "pwrite -q -S 0x6a -b 1m 0 2g" $mnt/fill
stat -c "%n %s" $mnt/fill
sync
xfs_io -d -c "pwrite -q -S 0x6b -b 4m 0 8m" $mnt/fill
xfs_io -d -c "pwrite -q -S 0x6c 4m 4k" $mnt/nc
xfs_io -d -c "pwrite -q -S 0x6d 0 4k" $mnt/cow
md5sum $mnt/fill $mnt/nc $mnt/cow
btrfs subvolume snapshot $mnt $mnt/snap > /dev/null
xfs_io -d -c "pwrite -q -S 0x6e 0 4k" $mnt/fill
xfs_io -c "pwrite -q -S 0x6f 0 4k" $mnt/fill
umount $mnt
mount $dev $mnt
md5sum $mnt/fill $mnt/nc $mnt/cow
od -A d -t x1 $mnt/fill
umount $mnt
