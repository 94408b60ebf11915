# Linux 6.18 (x0039 shrunk): a truncate to 0 marks the file, and its next close writes it back (btrfs_release_file, BTRFS_INODE_FLUSH_ON_CLOSE): block 0 gets an extent of its own
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "sync_range -a 1164k 20k" -c "truncate 0" -c "fdatasync" -c "pwrite -S 0xcd 847 873" $mnt/file1
xfs_io -f -c "reflink $mnt/file0 752k 36k 12k" -c "truncate 6329" -c "pwrite -S 0x44 1027 305504" -c "dedupe $mnt/file0 1344k 172k 60k" -c "pwrite -S 0xcd 241987 37474" $mnt/file1
