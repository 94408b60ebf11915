# extsim conformance workload, gen.py seed 598
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 5300224 5304320 12k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 0 0 8k" $mnt/f0
md5sum $mnt/f0
sync
xfs_io -c "pwrite -S 0x63 1588912 36k" -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1478656 8k" $mnt/f1
xfs_io -c "pwrite -S 0x61 580k 116k" $mnt/f1
xfs_io -c "falloc 1589248 104k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1593344 464k 32k" $mnt/f1
xfs_io -c "fsync" $mnt/f1
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x61 524k 68k" $mnt/f1
xfs_io -c "fpunch 8276869 52k" $mnt/f1
xfs_io -c "falloc 827720 12k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 1290240 36k 24k" $mnt/f0
xfs_io -c "reflink $mnt/f1 868k 3321856 20k" $mnt/f1
xfs_io -c "fsync" $mnt/f1
xfs_io -c "reflink $mnt/f1 308k 1200128 16k" $mnt/f1
xfs_io -c "pwrite 2723840 52k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 776k 56k" $mnt/f1
xfs_io -c "pwrite -S 0x62 7999488 20k" $mnt/f0
xfs_io -c "falloc -k 2859008 24k" $mnt/f0
rm $mnt/f0
xfs_io -c "reflink $mnt/f1 1392640 952k 884k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 -b 1m 2227322 3m" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x63 7528448 721" -c "fdatasync" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "fpunch 3227648 196k" $mnt/f1
xfs_io -c "pwrite -S 0xcd 6111232 4k" $mnt/f1
chattr +C $mnt/f1
xfs_io -c "falloc 1099660 256k" $mnt/f1
