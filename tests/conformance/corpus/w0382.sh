# extsim conformance workload, gen.py seed 382
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite 692k 76k" $mnt/f0
xfs_io -c "pwrite 245530 108k" $mnt/f0
xfs_io -c "reflink $mnt/f0 800k 796k 28k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 372k 40k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 400k 36k" $mnt/f0
xfs_io -c "truncate 109791" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "reflink $mnt/f0 72k 4k 32k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 28k 0 32k" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "dedupe $mnt/f0 60k 104k 4k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0x62 36k 12k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0x63 55404 40k" -c "fsync" $mnt/f0
xfs_io -c "fzero -k 22005 84k" $mnt/f0
xfs_io -c "pwrite -S 0x61 72k 156k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
md5sum $mnt/f0
xfs_io -c "dedupe $mnt/f0 140k 80k 4k" $mnt/f0
xfs_io -c "reflink $mnt/f0 72k 80k 28k" $mnt/f0
xfs_io -c "pwrite -S 0x62 216k 20k" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x63 36k 8k" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x61 176k 56k" $mnt/f0
xfs_io -c "fzero -k 136k 160k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 464k 64k" -c "fsync" $mnt/f0
