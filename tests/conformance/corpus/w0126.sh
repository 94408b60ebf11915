# extsim conformance workload, gen.py seed 126 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "reflink $mnt/f0 0 32669696 8k" $mnt/f0
xfs_io -c "reflink $mnt/f0 27979776 27992064 4k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "truncate 13753482" $mnt/f0
xfs_io -c "pwrite -S 0x63 10698752 244k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 8740864 76k" $mnt/f0
sync
xfs_io -c "reflink $mnt/f0 1249280 4636672 5120000" $mnt/f0
xfs_io -c "pwrite 14270464 172k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 192k 12591104 16k" $mnt/f0
xfs_io -c "fpunch 19595264 28k" $mnt/f0
xfs_io -c "pwrite -S 0x61 22564864 164k" $mnt/f0
xfs_io -c "reflink $mnt/f0 5578752 7434240 8671232" $mnt/f0
xfs_io -c "dedupe $mnt/f0 876k 5496832 20k" $mnt/f0
chattr +C $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite -S 0x62 -b 1m 5595136 1m" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 17604608 5m" $mnt/s1/f0
sync
xfs_io -c "fsync" $mnt/s1/f0
xfs_io -c "falloc -k 11423744 1836" $mnt/f0
btrfs subvolume snapshot -r $mnt/sv $mnt/s2
xfs_io -c "fzero 5087232 8k" $mnt/f0
xfs_io -c "reflink $mnt/f0 16809984 15873684 60k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 3788800 40k 28k" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 14991360 1m" $mnt/s1/f0
xfs_io -c "truncate 7327744" $mnt/f0
xfs_io -c "pwrite -S 0x61 19791872 24k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 22429696 10m" $mnt/f1
xfs_io -c "reflink $mnt/f0 4370432 4005888 1658880" $mnt/f0
xfs_io -c "falloc 1470464 20k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0" $mnt/f1
xfs_io -c "dedupe $mnt/f1 4730880 0 2600960" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 -b 1m 18432000 12m" $mnt/s1/f0
xfs_io -c "fpunch 15013592 4k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 3178496 40k" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "falloc 9101312 64k" $mnt/f0
xfs_io -c "falloc 4231168 60k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 23486464 5603328 28k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 8790016 5324800 24k" $mnt/s1/f0
xfs_io -c "fzero 4816896 16k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 25690112 32k" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd 88k 52k" $mnt/f1
sync
xfs_io -c "pwrite -S 0x63 17440768 2019" $mnt/s1/f0
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "falloc 5500928 2756" $mnt/s3/f0
xfs_io -c "dedupe $mnt/s1/f0 11972608 2084864 1m" $mnt/s3/f0
xfs_io -f -c "pwrite -S 0x61 -b 1m 12820480 5m" $mnt/f2
xfs_io -c "reflink $mnt/s3/f0 2105344 10428416 916k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x61 9265152 12k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 3751936 4984832 2854912" $mnt/s3/f1
xfs_io -c "pwrite -S 0x62 124k 176k" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x61 6344704 108k" $mnt/f1
xfs_io -c "pwrite -b 1m 29380608 6m" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 3313664 6250496 15654912" $mnt/sv/g0
xfs_io -c "falloc 11726848 8k" $mnt/s1/f0
xfs_io -c "reflink $mnt/s3/f0 1863680 35393536 760k" $mnt/f0
