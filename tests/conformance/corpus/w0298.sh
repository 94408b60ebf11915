# extsim conformance workload, gen.py seed 298
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 948k 4k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 276k 280k 28k" $mnt/f0
xfs_io -c "reflink $mnt/f0" $mnt/f0
xfs_io -c "dedupe $mnt/f0 0 0 4k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 0 0 4k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "pwrite 536k 4k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 4k 0 4k" $mnt/f1
xfs_io -c "pwrite -S 0xcd 848085 44k" -c "fdatasync" $mnt/f0
xfs_io -c "truncate 764k" $mnt/f0
xfs_io -c "truncate 352k" $mnt/f1
xfs_io -c "pwrite 232k 64k" $mnt/f0
md5sum $mnt/f1
xfs_io -c "fpunch 132k 32k" $mnt/f0
xfs_io -c "fzero -k 32k 4730" $mnt/f1
xfs_io -c "fpunch 244k 20k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 736k 32k 4k" $mnt/f0
xfs_io -c "falloc -k 56k 4k" $mnt/f1
xfs_io -c "reflink $mnt/f1 28k 64k 152k" $mnt/f1
xfs_io -c "reflink $mnt/f0 492k 180k 108k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 756k 12k" $mnt/f1
xfs_io -f -c "falloc -k 980k 200k" $mnt/f2
xfs_io -c "fpunch 648k 40k" $mnt/f2
chattr +C $mnt/f2
sync
xfs_io -c "falloc 460k 12k" $mnt/f1
chattr +C $mnt/f2
xfs_io -c "dedupe $mnt/f1 20k 56k 28k" $mnt/f0
xfs_io -c "falloc 248k 48k" $mnt/f0
md5sum $mnt/f2
xfs_io -c "pwrite 389349 96k" -c "fsync" $mnt/f0
xfs_io -f -c "falloc 204k 60k" $mnt/f3
xfs_io -c "pwrite -S 0x62 376k 12k" $mnt/f1
umount $mnt
mount $dev $mnt
xfs_io -c "reflink $mnt/f0 252k 636k 336k" $mnt/f2
xfs_io -c "falloc 44k 56k" $mnt/f3
xfs_io -c "reflink $mnt/f2 452k 104k 532k" $mnt/f3
xfs_io -c "dedupe $mnt/f1 504k 56k 32k" $mnt/f0
