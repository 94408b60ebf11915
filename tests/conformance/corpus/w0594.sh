# extsim conformance workload, gen.py seed 594
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
sync
xfs_io -f -c "pwrite -S 0x61 41685 8k" $mnt/f0
xfs_io -c "fpunch 36k 24k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 36k 236k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 -b 1m 72k 1m" $mnt/f0
xfs_io -c "falloc 704k 28k" $mnt/f0
xfs_io -c "pwrite -S 0x63 548k 36k" $mnt/f0
xfs_io -c "pwrite -S 0x62 984k 28k" $mnt/f0
btrfs subvolume snapshot $mnt/sv $mnt/s1
xfs_io -c "fpunch 558264 256k" $mnt/f0
xfs_io -c "fzero 372k 40k" $mnt/f0
xfs_io -c "fpunch 476020 176k" $mnt/f0
btrfs subvolume snapshot $mnt/sv $mnt/s2
xfs_io -c "pwrite -S 0x62 1114058 148k" $mnt/f0
sync
xfs_io -c "pwrite -S 0x61 513116 60k" -c "fsync" $mnt/f0
xfs_io -c "falloc 208k 16k" $mnt/f0
xfs_io -c "truncate 60k" $mnt/f0
xfs_io -f -c "truncate 16k" $mnt/f1
xfs_io -c "fzero -k 36k 44k" $mnt/f0
xfs_io -c "fpunch 32k 16k" $mnt/f0
xfs_io -c "falloc 12k 236k" $mnt/f0
xfs_io -c "pwrite -S 0x61 0 232k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 52k 0 200k" $mnt/f1
xfs_io -c "fpunch 220k 16k" $mnt/f0
touch $mnt/s2/g0
chattr +C $mnt/s2/g0
touch $mnt/s1/g1
chattr +C $mnt/s1/g1
xfs_io -c "dedupe $mnt/f0 120k 0 8k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 652k 9955" $mnt/s1/g1
xfs_io -c "fsync" $mnt/f1
xfs_io -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 24k 808k 0" $mnt/s1/g1
