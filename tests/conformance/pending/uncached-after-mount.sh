# written by hand after w2861 and w2915; see README.md, P1
# without the umount and mount both put b's block 16 where a was
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 0 64k" $mnt/a
xfs_io -f -c "pwrite -S 0x62 0 64k" $mnt/b
sync
rm $mnt/a
sync
umount $mnt
mount $dev $mnt
xfs_io -c "pread -q 0 64k" -c "pwrite -S 0x63 64k 4k" -c "fsync" $mnt/b
