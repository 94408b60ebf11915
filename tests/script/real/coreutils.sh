# truncate (coreutils 9.1) and fallocate (util-linux 2.38.1) instead of xfs_io
mkfs.btrfs -f $dev -b 1G > /dev/null
mount $dev $mnt
truncate -s 1M $mnt/a
truncate -s +4K $mnt/a
truncate -s -1K $mnt/a
truncate -s '<2M' $mnt/a
truncate -s '>2M' $mnt/a
truncate -s /3000 $mnt/a
truncate -s %3000 $mnt/a
xfs_io -c "pwrite -q -S 0x61 0 6000" $mnt/a
truncate -s 1KB $mnt/a
md5sum $mnt/a
truncate -c -s 1M $mnt/nofile
truncate -s 1M $mnt/nodir/x $mnt/b
truncate --size=1KiB --no-create $mnt/b $mnt/c
truncate -s 1M $mnt
fallocate -l 1M $mnt/f1
fallocate -n -o 1M -l 1M $mnt/f1
fallocate -p -o 0 -l 4K $mnt/f1
fallocate -z -o 0 -l 8K $mnt/f1
fallocate --zero-range --keep-size --offset=4M --length 64k $mnt/f1
fallocate -l 1M $mnt/nodir/x
fallocate -p -o 0 -l 4k $mnt/pnew
fallocate -z -o 0 -l 4k $mnt/znew
fallocate -n -l 4k $mnt/knew
fallocate -l 10G $mnt/f5
fallocate -l 4k $mnt
fallocate -l 0x1000 -o 010 $mnt/f6
xfs_io -c "fiemap -v" $mnt/f1
xfs_io -c "fiemap -v" $mnt/f6
btrfs subvolume snapshot -r $mnt $mnt/ro
truncate -s 0 $mnt/ro/f1
fallocate -l 4k $mnt/ro/f1
md5sum $mnt/a $mnt/b $mnt/f1 $mnt/f5 $mnt/f6
