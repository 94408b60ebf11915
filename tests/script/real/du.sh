# du (coreutils 9.1): files (blocks as btrfs counts them, --apparent-size,
# -b, -k, -h, the last of them deciding), directories with their
# subdirectories in the order they were made, -s, a subvolume and a
# snapshot inside, trailing slashes, a missing path
mkfs.btrfs -f $dev -b 1G > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -q 0 1025" $mnt/small
xfs_io -f -c "pwrite -q 0 10241" $mnt/ten
xfs_io -f -c "falloc 0 3m" -c "pwrite -q 0 100k" $mnt/pre
xfs_io -f -c "truncate 1g" -c "pwrite -q 1m 64k" $mnt/sparse
mkdir -p $mnt/zz/b $mnt/aa
xfs_io -f -c "pwrite -q 0 200k" $mnt/zz/b/f
xfs_io -f -c "pwrite -q 0 4k" $mnt/aa/g
btrfs subvolume create $mnt/sv > /dev/null
xfs_io -f -c "pwrite -q 0 1m" $mnt/sv/h
mkdir $mnt/mm
du $mnt/small $mnt/ten $mnt/pre $mnt/sparse
du -h $mnt/small $mnt/ten $mnt/pre $mnt/sparse
du -b $mnt/small $mnt/sparse
du --apparent-size $mnt/ten $mnt/sparse
du -bh $mnt/small
du -hb $mnt/small
du -hk $mnt/ten
du $mnt
du -s $mnt
du -sh $mnt $mnt/zz
du -s $mnt/zz $mnt $mnt/aa
du -b $mnt/zz/
sync
btrfs subvolume snapshot $mnt $mnt/snap > /dev/null
du -h $mnt/snap
du -sb $mnt
du $mnt/missing
umount $mnt
