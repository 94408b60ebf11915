# Linux 6.18 (w0029 shrunk): __btrfs_prealloc_file_range asks for no more than its last allocation got: 13 MiB + 4 KiB come as 6.5 MiB, 6.5 MiB, 4 KiB
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 10444800 244k" $mnt/f0
xfs_io -f -c "truncate 29286400" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 20659983 8k" $mnt/f2
xfs_io -c "fsync" $mnt/f2
xfs_io -c "falloc 9875456 6m" $mnt/f1
xfs_io -c "falloc 30029107 13m" $mnt/f0
