# dd (coreutils 9.1) from /dev/zero, /dev/urandom and a file, and cp --reflink
mkfs.btrfs -f $dev -b 1G > /dev/null
mount $dev $mnt
dd if=/dev/zero of=$mnt/big bs=1M
dd if=/dev/zero of=$mnt/b2 bs=4k count=1 conv=fsync
rm $mnt/big
sync
dd if=/dev/zero of=$mnt/d1 bs=4k count=4
dd if=/dev/zero of=$mnt/d1 bs=4k count=1 seek=1
dd if=/dev/zero of=$mnt/d1 bs=4k count=1 seek=8 conv=notrunc
dd if=/dev/urandom of=$mnt/d2 bs=1M count=2 status=none
dd if=/dev/zero of=$mnt/nodir/x bs=4k count=1
dd if=/dev/zero of=$mnt/d5 bs=1M count=0 seek=3
dd if=/dev/zero of=$mnt/d6 bs=1 count=3
dd if=/dev/zero of=$mnt/d7 bs=1000 count=1 status=noxfer
dd if=/dev/zero of=$mnt/d8 bs=1024 count=1 conv=fsync,notrunc
dd if=/dev/zero of=$mnt/d9 bs=2x2k count=3 seek=1 conv=fdatasync status=progress
dd if=/dev/zero of=$mnt/d1 bs=64k count=1 oseek=1 conv=notrunc
dd if=/dev/zero of=$mnt/d10 bs=1M count=1 2>/dev/null
dd if=/dev/zero of=$mnt bs=4k count=1
xfs_io -c "fiemap -v" $mnt/d1
xfs_io -c "fiemap -v" $mnt/d2
md5sum $mnt/d1 $mnt/d5 $mnt/d6 $mnt/d7 $mnt/d8 $mnt/d9 $mnt/d10
xfs_io -f -c "pwrite -q -S 0x61 0 64k" -c "pwrite -q -S 0x62 64k 4000" $mnt/a
cp --reflink=always $mnt/a $mnt/b
cp --reflink $mnt/a $mnt/c
cp --reflink=auto $mnt/a $mnt/d
cp $mnt/a $mnt/e
xfs_io -f -c "pwrite -q 0 1m" $mnt/f
cp --reflink=always $mnt/a $mnt/f
cp --reflink=always $mnt/nope $mnt/g
cp --reflink=always $mnt/a $mnt/nodir/g
cp --reflink=always $mnt/a $mnt/a
cp --reflink=always $mnt $mnt/h
btrfs subvolume create $mnt/sv
cp --reflink=always $mnt/a $mnt/sv
btrfs subvolume snapshot -r $mnt $mnt/ro
cp --reflink=always $mnt/a $mnt/ro/b
cp --reflink=always $mnt/a $mnt/ro/new
dd if=/dev/zero of=$mnt/ro/d1 bs=4k count=1
touch $mnt/n
chattr +C $mnt/n
xfs_io -c "pwrite -q 0 8k" $mnt/n
cp --reflink=always $mnt/n $mnt/m
xfs_io -c "fiemap -v" $mnt/f
md5sum $mnt/a $mnt/b $mnt/c $mnt/d $mnt/e $mnt/f $mnt/sv/a $mnt/m
xfs_io -f -c "pwrite -q -S 0x61 0 10000" -c "pwrite -q -S 0x62 20000 5000" $mnt/s
dd if=$mnt/s of=$mnt/s1 bs=4k
dd if=$mnt/s of=$mnt/s2 bs=4k count=2 skip=1
dd if=$mnt/s of=$mnt/s3 bs=4k skip=100
dd if=$mnt/s of=$mnt/s4 bs=64k seek=1
dd if=$mnt/nope of=$mnt/s5 bs=4k
dd if=$mnt of=$mnt/s6 bs=4k
dd if=$mnt/s of=$mnt/s7 bs=3000 count=5 skip=2 seek=1 conv=notrunc
xfs_io -c "fiemap -v" $mnt/s1
md5sum $mnt/s $mnt/s1 $mnt/s2 $mnt/s3 $mnt/s4 $mnt/s5 $mnt/s6 $mnt/s7
