# extsim conformance workload, gen.py seed 51
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd 700k 36k" -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 180k 60k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 229320 72k" $mnt/f0
xfs_io -c "fpunch 560k 60k" $mnt/f0
xfs_io -c "reflink $mnt/f0 552k 204k 12k" $mnt/f0
xfs_io -f -c "falloc 56k 56k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 72k 492k 20k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 312k 28k" $mnt/f0
xfs_io -c "reflink $mnt/f0 472k 20k 268k" $mnt/f1
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f1 60k 568k 28k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -f -c "truncate 648k" $mnt/f2
xfs_io -c "dedupe $mnt/f1 416k 520k 24k" $mnt/f2
rm $mnt/f2
xfs_io -c "dedupe $mnt/f1 220k 52k 12k" $mnt/f0
xfs_io -c "falloc 32k 68k" $mnt/f1
xfs_io -f -c "falloc 288k 88k" $mnt/f2
rm $mnt/f1
xfs_io -c "dedupe $mnt/f0 108k 288k 16k" $mnt/f2
sync
xfs_io -c "pwrite 976k 56k" $mnt/f0
xfs_io -c "reflink $mnt/f0 396k 408k 156k" $mnt/f0
xfs_io -f -c "pwrite 352123 24k" $mnt/f2
xfs_io -c "dedupe $mnt/f2 268k 0 32k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 612k 40k" -c "fsync" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite 648k 8k" -c "fdatasync" $mnt/s1/f2
touch $mnt/s1/g0
chattr +C $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/f2 296k 52k 28k" $mnt/s1/g0
sync
xfs_io -c "pwrite -S 0x61 88k 40k" -c "fdatasync" $mnt/s1/f2
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "fpunch 588k 3773" $mnt/s2/f2
xfs_io -c "pwrite -S 0x62 36k 256k" -c "fdatasync" $mnt/s1/f2
sync
xfs_io -f -c "pwrite -S 0x62 360k 40k" -c "fdatasync" $mnt/s1/f2
