# NODATACOW and PREALLOC files are never inline: run_delalloc_nocow's
# fallback_to_cow passes no_inline to cow_file_range.
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
touch $mnt/nc
chattr +C $mnt/nc
xfs_io -c "pwrite -S 0x61 0 100" -c "fsync" $mnt/nc
xfs_io -f -c "falloc -k 0 4k" -c "pwrite -S 0x61 0 100" -c "fsync" $mnt/pa
xfs_io -f -c "falloc -k 8k 4k" -c "pwrite -S 0x61 0 100" -c "fsync" $mnt/pb
xfs_io -f -c "falloc 0 4k" -c "pwrite -S 0x61 0 100" -c "fsync" $mnt/pc
xfs_io -f -c "falloc -k 0 4k" -c "fpunch 0 4k" -c "pwrite -S 0x61 0 100" -c "fsync" $mnt/pd
