# Linux 6.18 (w3423 of gen.py shrunk): near full, the last 12 KiB of g2 are written back in 4 KiB pieces, each from the start of a group whose size class does not fit (LOOP_WRONG_SIZE_CLASS: the bytes index); of two free 4 KiB ranges the second piece takes the one linked into that index first, at the group's end, not the lowest address (D36)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x62 7237632 11802" $mnt/sv/g0
xfs_io -c "falloc 5009408 52k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 1171456 3117056 6086170" $mnt/sv/g0
xfs_io -c "falloc -k 32883664 8m" $mnt/sv/g0
xfs_io -f -c "pwrite -b 1m 2093056 10m" $mnt/sv/g1
xfs_io -c "falloc 9170944 32k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x63 4939776 4k" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd -b 1m 4685824 12m" $mnt/sv/g1
xfs_io -c "pwrite -S 0xcd 7172096 9130" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 21630976 12k" $mnt/sv/g1
xfs_io -c "fdatasync" $mnt/sv/g1
xfs_io -c "pwrite -S 0x61 28962816 64k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x61 -b 1m 3563520 12m" $mnt/sv/g2
