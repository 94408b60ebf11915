# extsim conformance workload, gen.py seed 160
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 432k 4k" $mnt/f0
xfs_io -c "reflink $mnt/f0" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 928k 40k" -c "fdatasync" $mnt/f0
rm -f $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 936k 4k" $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -c "pwrite -S 0x61 252k 52k" $mnt/f1
xfs_io -c "falloc 452k 16k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x63 100k 24k" $mnt/f0
xfs_io -c "fzero -k 148k 40k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 184k 0 124k" $mnt/f1
sync
btrfs subvolume snapshot -r $mnt $mnt/s1
chattr +C $mnt/f1
xfs_io -f -c "pwrite -S 0x63 428k 453" $mnt/f0
xfs_io -c "pwrite -S 0x61 100k 116k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 494088 56k" $mnt/f1
sync
xfs_io -c "pwrite -S 0xcd 613063 4k" $mnt/f1
xfs_io -c "pwrite -S 0x62 164k 16k" -c "fdatasync" $mnt/f0
xfs_io -f -c "reflink $mnt/s1/f1 48k 536k 48k" $mnt/f2
sync
xfs_io -c "pwrite -S 0x63 313538 60k" $mnt/f2
xfs_io -c "pwrite -S 0x62 512k 5262" -c "fsync" $mnt/f2
xfs_io -c "fsync" $mnt/f1
xfs_io -c "pwrite 27724 32k" $mnt/f1
xfs_io -f -c "reflink $mnt/f1 68k 584k 324k" $mnt/f3
xfs_io -c "reflink $mnt/f3 788k 400k 132k" $mnt/f3
xfs_io -c "pwrite -S 0x62 348k 40k" $mnt/f3
