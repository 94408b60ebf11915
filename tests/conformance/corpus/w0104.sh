# extsim conformance workload, gen.py seed 104
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x63 348763 10737" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 800k 108k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 880k 60k 20k" $mnt/f0
xfs_io -c "falloc 568692 11831" $mnt/sv/g0
xfs_io -c "fdatasync" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 364k 52k" -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0x61 40197 16k" $mnt/f0
xfs_io -c "truncate 197174" $mnt/sv/g0
xfs_io -c "falloc -k 992k 4k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/f0 924k 928k 16k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 288k 80k 20k" $mnt/f0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "truncate 796k" $mnt/f0
xfs_io -c "pwrite -S 0x62 232k 12k" $mnt/f0
chattr +C $mnt/f0
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -c "pwrite -S 0x63 776k 180k" -c "fsync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 5203 4k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 420780 40k" -c "fdatasync" $mnt/f1
xfs_io -c "dedupe $mnt/f1 412k 408k 24k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 640k 248k" $mnt/f2
xfs_io -c "dedupe $mnt/f2 144k 100k 8k" $mnt/f0
xfs_io -c "falloc 204k 20k" $mnt/f1
xfs_io -f -c "pwrite 695156 40k" -c "fdatasync" $mnt/f0
