# dd oflag=direct (coreutils 9.1): whole blocks are on disk when dd ends (a
# file with checksums through the page cache, written back at once); a
# last block shorter than bs is written with O_DIRECT turned off, and
# stays dirty; calls of a size that is not whole sectors fall back to
# buffered writes, written back each; a block whose bytes change inside
# it is one direct write (one extent a block, on a NOCOW file); on a full
# filesystem a NOCOW file takes a direct rewrite in place, a file with
# checksums does not
mkfs.btrfs -f $dev -b 1G > /dev/null
mount $dev $mnt
dd if=/dev/zero of=$mnt/a bs=64k count=2 oflag=direct status=none
filefrag -v $mnt/a
dd if=/dev/zero of=$mnt/b bs=64k count=2 oflag=direct status=none
dd if=$mnt/a of=$mnt/c bs=48k oflag=direct status=none
filefrag -v $mnt/c
dd if=/dev/zero of=$mnt/d bs=6000 count=3 oflag=direct status=none
filefrag -v $mnt/d
xfs_io -f -c "pwrite -q -S 0x61 0 50k" -c "pwrite -q -S 0x62 50k 78k" $mnt/src
sync
touch $mnt/dst
chattr +C $mnt/dst
dd if=$mnt/src of=$mnt/dst bs=64k oflag=direct status=none
filefrag -v $mnt/dst
md5sum $mnt/src $mnt/dst
touch $mnt/nc
chattr +C $mnt/nc
dd if=/dev/zero of=$mnt/nc bs=1M count=4 oflag=direct status=none
dd if=/dev/zero of=$mnt/fill bs=1M status=none
sync
dd if=/dev/zero of=$mnt/nc bs=1M count=2 seek=1 conv=notrunc oflag=direct status=none
echo "nocow rewrite: $?"
dd if=/dev/zero of=$mnt/b bs=4k count=1 seek=8 conv=notrunc oflag=direct status=none
echo "cow rewrite: $?"
filefrag -v $mnt/nc
umount $mnt
