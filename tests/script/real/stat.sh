# stat -c (coreutils 9.1) with %s %b %B %n %F %%: st_blocks as btrfs counts
# it (extent items and delalloc over holes) for written, delalloc,
# preallocated, inline, reflinked, punched, truncated and sparse files, and
# the sizes and blocks of directories (the top level's inode counts a node)
mkfs.btrfs -f $dev -b 1G > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -q 0 64k" $mnt/w
sync
stat -c "%n %s %b %B %F" $mnt/w
xfs_io -f -c "pwrite -q 0 10k" $mnt/delalloc
stat -c "%s %b" $mnt/delalloc
xfs_io -f -c "falloc 0 1m" -c "pwrite -q 0 8k" $mnt/pre
stat -c "%s %b" $mnt/pre
xfs_io -f -c "falloc -k 0 256k" $mnt/prek
stat -c "%s %b %F" $mnt/prek
xfs_io -f -c "pwrite -q 0 3000" $mnt/inline
stat -c "%s %b" $mnt/inline
sync
stat -c "%s %b" $mnt/inline $mnt/delalloc $mnt/pre
xfs_io -f -c "reflink $mnt/w 0 0 32k" $mnt/r
stat -c "%s %b" $mnt/r
xfs_io -c "pwrite -q 100k 4k" $mnt/r
stat -c "%s %b" $mnt/r
xfs_io -c "fpunch 8k 8k" $mnt/w
stat -c "%s %b" $mnt/w
xfs_io -c "truncate 20000" $mnt/w
stat -c "%s %b" $mnt/w
xfs_io -f -c "truncate 1g" -c "pwrite -q 512m 4k" $mnt/sparse
stat -c "%s %b" $mnt/sparse
xfs_io -c "pwrite -q 2k 1k" $mnt/pre
stat -c "%s %b" $mnt/pre
touch $mnt/empty
stat -c "%s %b %F 100%%" $mnt/empty
btrfs subvolume create $mnt/sv > /dev/null
mkdir $mnt/sv/dir
touch $mnt/sv/dir/abc $mnt/sv/dir/de
btrfs subvolume create $mnt/sv/nested > /dev/null
btrfs subvolume snapshot $mnt/sv $mnt/snap > /dev/null
btrfs subvolume snapshot $mnt $mnt/top > /dev/null
stat -c "%n %s %b %F" $mnt $mnt/sv $mnt/sv/dir $mnt/snap $mnt/snap/nested $mnt/top $mnt/top/sv
stat -c %s $mnt/missing
umount $mnt
mount $dev $mnt
stat -c "%s %b" $mnt/w $mnt/r $mnt/sparse $mnt/inline
umount $mnt
