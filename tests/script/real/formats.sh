mkfs.btrfs -f $dev -b 1G > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x11 0 64k" -c "fsync" $mnt/src
xfs_io -f -c "pwrite -S 0x22 0 64k" -c "fsync" $mnt/dst
xfs_io -c "fiemap -v" $mnt/src
xfs_io -c "reflink $mnt/src 0 0 16k" $mnt/dst
xfs_io -c "fiemap -v" -c "fiemap" -c "fiemap -l" $mnt/dst
xfs_io -c "dedupe $mnt/src 0 32k 16k" $mnt/dst
xfs_io -c "reflink $mnt/src 1 0 4k" $mnt/dst
xfs_io -c "reflink $mnt/src 0 0 128k" $mnt/dst
xfs_io -c "dedupe $mnt/src 0 0 128k" $mnt/dst
xfs_io -c "dedupe $mnt/src 1 0 4k" $mnt/dst
xfs_io -c "reflink $mnt/dst 0 4k 16k" $mnt/dst
xfs_io -c "reflink $mnt/dst 0 16k 16k" $mnt/dst
xfs_io -c "reflink $mnt/nonexist 0 0 4k" $mnt/dst
xfs_io -c "reflink $mnt/src" $mnt/dst
xfs_io -f -c "pwrite -S 0x33 0 64k" $mnt/dst2
xfs_io -c "dedupe $mnt/src 0 0 64k" $mnt/dst2
xfs_io -c "dedupe $mnt/src 0 0 0" $mnt/dst2
xfs_io -f -c "falloc 0 1m" -c "falloc -k 1m 1m" -c "fpunch 4k 8k" -c "fzero 64k 64k" -c "truncate 3m" -c "fiemap -v" $mnt/g
xfs_io -c "fiemap -v 8k" -c "fiemap -n 2 -v" -c "fiemap" $mnt/g
xfs_io -f -c "pwrite 0 4k" -c "truncate 1m" -c "fiemap -v" -c "fiemap -l" $mnt/tailhole
xfs_io -f -c "pwrite -S 0x11 1m 64k" -c "fiemap -v" $mnt/headhole
xfs_io -f -c "truncate 1m" -c "fiemap -v" $mnt/empty
xfs_io -c "pread -v 0 20" -c "pread 0 1m" -c "pread 1m 4k" -c "pread 0 0" $mnt/src
xfs_io -c "pwrite 0 4k" $mnt/small
xfs_io -f -c "pwrite 0 1536" -c "pwrite 0 512" -c "pwrite 0 100" -c "pwrite 0 0" -c "pwrite 100 5000" -c "pwrite -b 64k 0 100k" -c "pwrite 0 3b" -c "pwrite 0 3s" $mnt/small
xfs_io -f -c "pwrite -S 0x41 0 4k" -c "pwrite -C 0 4k" -c "pwrite -q 0 4k" -c "pwrite -W 0 4k" -c "pwrite -w 0 4k" -c "pread -v 4090 10" $mnt/letters
md5sum $mnt/src $mnt/dst $mnt/g $mnt/missing $mnt/small
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x77 -b 1m 0 1m" $mnt/sv/file
btrfs subvolume snapshot $mnt/sv $mnt/snap
btrfs subvolume snapshot -r $mnt/sv $mnt/rosnap
btrfs subvolume create $mnt/sv
xfs_io -c "fiemap -v" $mnt/sv/file
xfs_io -c "pwrite 0 4k" $mnt/rosnap/file
xfs_io -c "pwrite -S 0x88 8k 4k" -c fsync -c "fiemap -v" $mnt/sv/file
md5sum $mnt/sv/file $mnt/snap/file $mnt/rosnap/file
touch $mnt/t1
chattr +C $mnt/t1
rm $mnt/nonexist
rm -f $mnt/nonexist
rm $mnt/t1
echo done
umount $mnt
