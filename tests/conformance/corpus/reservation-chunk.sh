# Linux 6.18: g's write needs more data space than the block groups hold, and the reservation makes a chunk at once (flush_space ALLOC_CHUNK_FORCE), a block group made in the running transaction, so h's fsync commits (D20) and frees the extent f's rewrite left pinned: f's next 64k go there, not after f (D37)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 0 64k" $mnt/f
sync
xfs_io -c "pwrite -S 0x62 0 64k" -c "fsync" $mnt/f
xfs_io -f -c "pwrite -S 0x63 -b 1m 0 9m" $mnt/g
xfs_io -f -c "pwrite -S 0x64 0 100" -c "fsync" $mnt/h
xfs_io -c "pwrite -S 0x65 64k 64k" -c "fsync" $mnt/f
