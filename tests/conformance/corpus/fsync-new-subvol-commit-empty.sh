# Linux 6.18: as fsync-new-subvol-commit, with h a new empty file of sv: its fsync logs (h was made in the running transaction) and commits, as sv was created in it (D39)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 0 64k" $mnt/f
sync
btrfs subvolume create $mnt/sv
xfs_io -c "pwrite -S 0x62 0 64k" -c "fsync" $mnt/f
xfs_io -f -c "fsync" $mnt/sv/h
xfs_io -c "pwrite -S 0x65 64k 64k" -c "fsync" $mnt/f
