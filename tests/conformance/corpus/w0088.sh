# extsim conformance workload, gen.py seed 88
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
touch $mnt/f0
chattr +C $mnt/f0
xfs_io -c "pwrite 284k 44k" -c "fdatasync" $mnt/f0
xfs_io -c "fpunch 124k 24k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 48k 52k" $mnt/f1
xfs_io -c "fzero -k 156k 20k" $mnt/f0
xfs_io -c "pwrite -S 0x61 172k 3m" $mnt/f0
xfs_io -c "dedupe $mnt/f1 36k 0 68k" $mnt/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -c "reflink $mnt/f1 52k 28k 24k" $mnt/f1
chattr +C $mnt/f1
xfs_io -c "pwrite -S 0x61 44k 32k" $mnt/f1
xfs_io -c "pwrite -S 0x63 3072000 64k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 924646 5342" -c "fdatasync" $mnt/f2
xfs_io -c "dedupe $mnt/f2 704k 704k 16k" $mnt/f2
sync
xfs_io -f -c "pwrite -S 0x63 816k 52k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 -b 1m 2076672 4m" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 692k 148k" $mnt/f2
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "fsync" $mnt/f2
sync
xfs_io -c "pwrite -S 0x63 1896448 56k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 856k 32k" $mnt/f3
xfs_io -c "truncate 300k" $mnt/f0
xfs_io -c "pwrite -S 0x61 760k 56k" $mnt/f2
md5sum $mnt/f1
xfs_io -c "falloc -k 857585 184k" $mnt/f2
xfs_io -c "dedupe $mnt/f2 84k 44k 24k" $mnt/f0
chattr +C $mnt/f1
xfs_io -c "fzero 298095 40k" $mnt/f1
xfs_io -c "reflink $mnt/f0 252k 304k 16k" $mnt/f2
xfs_io -c "reflink $mnt/f2" $mnt/f2
xfs_io -c "fpunch 520k 204k" $mnt/f3
xfs_io -c "pwrite -S 0x62 84k 52k" -c "fdatasync" $mnt/f1
xfs_io -c "fpunch 464k 124k" $mnt/f1
xfs_io -c "reflink $mnt/f0 128k 216k 68k" $mnt/f1
xfs_io -c "fsync" $mnt/f2
xfs_io -c "fpunch 76k 32k" $mnt/f3
xfs_io -f -c "pwrite -S 0x62 852k 60k" $mnt/f3
xfs_io -c "pwrite -S 0x62 272k 32k" -c "fsync" $mnt/f3
umount $mnt
mount $dev $mnt
umount $mnt
mount $dev $mnt
xfs_io -c "fdatasync" $mnt/f1
xfs_io -c "truncate 676k" $mnt/f3
xfs_io -f -c "pwrite -S 0xcd 652k 52k" -c "fdatasync" $mnt/f3
