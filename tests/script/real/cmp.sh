# cmp (GNU diffutils 3.8) on files of the filesystem: equal, differing
# (the line counted through newlines written with pwrite -S 0x0a), one a
# prefix of the other with and without a newline at its end, empty,
# sparse, reflinked, missing, a directory; -s; && and || on its status
mkfs.btrfs -f $dev -b 1G > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 0 64k" $mnt/a > /dev/null
xfs_io -f -c "pwrite -S 0x61 0 64k" $mnt/a2 > /dev/null
xfs_io -f -c "pwrite -S 0x61 0 64k" -c "pwrite -S 0x0a 100 3" -c "pwrite -S 0x62 5000 1" $mnt/b > /dev/null
xfs_io -f -c "pwrite -S 0x61 0 64k" -c "pwrite -S 0x0a 100 3" $mnt/b2 > /dev/null
xfs_io -f -c "pwrite -S 0x61 0 4000" $mnt/c > /dev/null
xfs_io -f -c "pwrite -S 0x61 0 4000" -c "pwrite -S 0x0a 3999 1" $mnt/nl > /dev/null
touch $mnt/e
xfs_io -f -c "truncate 1m" -c "pwrite -S 0x61 512k 4k" $mnt/sparse > /dev/null
xfs_io -f -c "truncate 1m" -c "pwrite -S 0x61 512k 4k" $mnt/sparse2 > /dev/null
cp --reflink=always $mnt/b $mnt/r
btrfs subvolume create $mnt/dir > /dev/null
cmp $mnt/a $mnt/a2 && echo "a and a2 are the same"
cmp $mnt/a $mnt/b
cmp $mnt/b $mnt/b2
cmp $mnt/c $mnt/a
cmp $mnt/b2 $mnt/nl
cmp $mnt/nl $mnt/b2
cmp $mnt/e $mnt/a
cmp $mnt/sparse $mnt/sparse2 && echo "sparse files equal"
cmp $mnt/sparse $mnt/a
cmp $mnt/r $mnt/b && echo "reflink equal"
cmp $mnt/a $mnt/missing
cmp $mnt/dir $mnt/a
cmp -s $mnt/a $mnt/b || echo "a and b differ"
cmp -s $mnt/a $mnt/missing || echo "quiet, and missing"
sync
cmp $mnt/r $mnt/b2
umount $mnt
