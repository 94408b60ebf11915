# extsim conformance workload, gen.py seed 223
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
sync
umount $mnt
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 1425408 4k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fpunch 1167360 11098" $mnt/f0
rm $mnt/f0
xfs_io -f -c "truncate 124793" $mnt/f0
xfs_io -c "dedupe $mnt/f0 100k 80k 20k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 4k 16k" $mnt/f0
xfs_io -c "fzero -k 32k 4k" $mnt/f0
xfs_io -c "reflink $mnt/f0 24k 76k 96k" $mnt/f0
xfs_io -c "reflink $mnt/f0 64k 100k 24k" $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -f -c "pwrite -S 0x61 80604 64k" $mnt/f0
xfs_io -c "reflink $mnt/f1 0 64k 4k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "dedupe $mnt/f0 100k 80k 32k" $mnt/f0
xfs_io -c "reflink $mnt/f0 44k 1462272 88k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 340k 32k 24k" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "reflink $mnt/s1/f0 108k 72k 28k" $mnt/f0
xfs_io -c "reflink $mnt/f0" $mnt/s1/f0
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "truncate 647034" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x62 1560576 64k" $mnt/s1/f1
xfs_io -c "reflink $mnt/s1/f1 1470464 344k 56k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 20k 152k" $mnt/f0
xfs_io -c "truncate 1143396" $mnt/s1/f1
xfs_io -c "fpunch 780k 48k" $mnt/f1
xfs_io -c "dedupe $mnt/s1/f1 0 52k 28k" $mnt/f1
xfs_io -f -c "pwrite 2043904 4k" $mnt/s1/g0
btrfs subvolume snapshot $mnt $mnt/s2
umount $mnt
mount $dev $mnt
xfs_io -f -c "reflink $mnt/s2/f1 1257472 1302528 108k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 276k 32k" -c "fsync" $mnt/f0
xfs_io -c "falloc 852k 200k" $mnt/f2
sync
xfs_io -c "fzero -k 728k 32k" $mnt/s2/f1
xfs_io -c "pwrite -S 0x62 132k 8k" $mnt/s2/f0
xfs_io -c "falloc 1126400 80k" $mnt/f2
touch $mnt/s2/g0
chattr +C $mnt/s2/g0
xfs_io -c "dedupe $mnt/f0 128k 788k 64k" $mnt/s2/g0
xfs_io -c "reflink $mnt/s1/g0 1925120 1073152 80k" $mnt/s2/f1
