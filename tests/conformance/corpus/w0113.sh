# extsim conformance workload, gen.py seed 113
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount -o nodatacow $dev $mnt
xfs_io -f -c "falloc 276k 64k" $mnt/f0
xfs_io -c "falloc -k 156k 5774" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1122304 24k" $mnt/f1
xfs_io -c "falloc 92447 144k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0" $mnt/f2
xfs_io -c "pwrite -S 0x62 264k 96k" $mnt/f0
xfs_io -c "dedupe $mnt/f2 236k 12k 4k" $mnt/f0
chattr +C $mnt/f2
xfs_io -c "dedupe $mnt/f0 76k 753934 24k" $mnt/f1
md5sum $mnt/f0
xfs_io -c "reflink $mnt/f0 124k 104k 24k" $mnt/f2
xfs_io -c "fpunch 196k 44k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 484k 0 640k" $mnt/f1
xfs_io -c "pwrite -S 0x63 100k 64k" $mnt/f0
xfs_io -c "pwrite -S 0x62 312k 192k" $mnt/f2
xfs_io -c "falloc 1064960 3453" $mnt/f1
xfs_io -c "pwrite -S 0x63 248k 8k" $mnt/f0
xfs_io -c "fpunch 512k 32k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "dedupe $mnt/f1 852k 32k 16k" $mnt/f0
rm $mnt/f2
xfs_io -f -c "pwrite -S 0x63 72k 44k" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0xcd 236k 48k" -c "fsync" $mnt/f0
xfs_io -c "falloc 360293 4k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 276k 4k 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1835008 16k" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 168k 4186" $mnt/f1
