# extsim conformance workload, gen.py seed 431
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount -o nodatacow $dev $mnt
xfs_io -f -c "pwrite -S 0x63 408k 12k" $mnt/f0
md5sum $mnt/f0
sync
rm $mnt/f0
xfs_io -f -c "pwrite -S 0x62 952k 12k" $mnt/f0
xfs_io -c "reflink $mnt/f0 808k 180k 12k" $mnt/f0
xfs_io -c "reflink $mnt/f0 484k 596k 208k" $mnt/f0
xfs_io -c "pwrite -S 0x62 164k 64k" -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 156k 4m" $mnt/f0
xfs_io -c "dedupe $mnt/f0 2469888 0 1888256" $mnt/f0
xfs_io -c "reflink $mnt/f0 700k 4255744 3649536" $mnt/f0
rm -f $mnt/f0
xfs_io -f -c "falloc -k 642051 32k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 0 0 32k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 922332 4k" $mnt/f1
xfs_io -c "pwrite -S 0x61 604009 232k" $mnt/f1
xfs_io -c "reflink $mnt/f0 746060 192k 32k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 612120 80k" $mnt/f0
xfs_io -c "falloc 792k 68k" $mnt/f1
xfs_io -c "pwrite -S 0x63 336k 44k" -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/f1 620k 628k 24k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x63 428k 11673" -c "fdatasync" $mnt/s1/f0
xfs_io -f -c "reflink $mnt/f0" $mnt/f2
xfs_io -c "pwrite -S 0x63 683700 32k" -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0x62 216k 208k" $mnt/f0
xfs_io -c "reflink $mnt/f1 648k 44k 212k" $mnt/s1/f1
xfs_io -c "reflink $mnt/s1/f1 428k 52k 264k" $mnt/f1
xfs_io -f -c "falloc 608k 32k" $mnt/f3
xfs_io -c "reflink $mnt/s1/f0 32k 104k 480k" $mnt/s1/f1
xfs_io -c "fzero 552k 4617" $mnt/f1
xfs_io -c "falloc -k 220k 1271" $mnt/s1/f0
xfs_io -r -c "fiemap -v" $mnt/s1/f0
rm $mnt/s1/f1
xfs_io -c "pwrite -S 0x61 108265 56k" $mnt/f2
xfs_io -c "fzero 940k 176k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x62 260k 7003" $mnt/f3
xfs_io -c "dedupe $mnt/f3 372k 396k 24k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f1
md5sum $mnt/f1
xfs_io -c "fdatasync" $mnt/f2
xfs_io -c "truncate 208235" $mnt/f0
