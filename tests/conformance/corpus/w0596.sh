# extsim conformance workload, gen.py seed 596 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0xcd 2334344 3m" $mnt/f0
rm $mnt/f0
xfs_io -f -c "reflink $mnt/f0 4k 24182784 4k" $mnt/f0
btrfs subvolume snapshot $mnt/sv $mnt/s1
xfs_io -f -c "pwrite -S 0x61 23166976 164k" -c "fdatasync" $mnt/s1/g0
xfs_io -c "truncate 12437444" $mnt/f0
xfs_io -c "pwrite -S 0x62 21610496 16k" -c "fdatasync" $mnt/s1/g0
xfs_io -c "falloc -k 444k 12m" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 -b 1m 22265856 6m" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x61 4624384 8k" $mnt/f0
xfs_io -c "fzero -k 6782976 64k" $mnt/f0
md5sum $mnt/s1/g0
xfs_io -c "dedupe $mnt/f0 312k 40k 4k" $mnt/f0
xfs_io -c "pwrite -S 0x62 25522176 16k" -c "fsync" $mnt/s1/g0
xfs_io -c "falloc -k 12087296 3m" $mnt/f0
touch $mnt/s1/g1
chattr +C $mnt/s1/g1
xfs_io -c "dedupe $mnt/f0 10625024 0 1816516" $mnt/s1/g0
touch $mnt/s1/g2
chattr +C $mnt/s1/g2
chattr +C $mnt/f0
xfs_io -c "reflink $mnt/s1/g1 0 1433600 12k" $mnt/s1/g1
xfs_io -c "pwrite -S 0x63 19329024 12k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g0 27856896 22294528 20k" $mnt/s1/g0
umount $mnt
mount $dev $mnt
xfs_io -c "falloc 19120128 3719" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 -b 1m 5517312 14m" $mnt/s1/g0
rm $mnt/s1/g1
xfs_io -f -c "pwrite -S 0x62 -b 1m 8605696 6m" $mnt/s1/g1
xfs_io -c "pwrite -S 0x63 -b 1m 9453568 7m" $mnt/f0
xfs_io -c "fpunch 23534125 20k" $mnt/s1/g2
xfs_io -c "pwrite -S 0x61 2965504 3138" -c "fdatasync" $mnt/s1/g1
xfs_io -f -c "pwrite -S 0x63 16555413 44k" $mnt/f0
xfs_io -f -c "truncate 12926976" $mnt/sv/g0
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -c "truncate 13291520" $mnt/s1/g2
xfs_io -c "dedupe $mnt/s1/g2 2756608 56k 4k" $mnt/f0
xfs_io -c "fpunch 20398080 48k" $mnt/s1/g0
xfs_io -c "fzero 1012k 132k" $mnt/s1/g2
xfs_io -f -c "pwrite -S 0x62 11837440 44k" $mnt/s1/g2
xfs_io -c "fsync" $mnt/s1/g2
xfs_io -c "falloc 24231936 15m" $mnt/f0
xfs_io -f -c "truncate 20078735" $mnt/s1/g3
xfs_io -c "falloc -k 8761344 1m" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 2326528 880" -c "fdatasync" $mnt/s1/g1
xfs_io -c "truncate 12603392" $mnt/s1/g0
