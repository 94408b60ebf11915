# extsim conformance workload, gen.py seed 55
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite 634536 64k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "reflink $mnt/s1/f0" $mnt/f0
xfs_io -c "pwrite 234422 10557" $mnt/f0
xfs_io -c "falloc -k 632k 32k" $mnt/f0
xfs_io -c "reflink $mnt/f0 212k 424k 16k" $mnt/f0
xfs_io -c "truncate 264k" $mnt/f0
xfs_io -c "falloc 68k 16k" $mnt/s1/f0
xfs_io -c "falloc 287696 252k" $mnt/s1/f0
xfs_io -c "fpunch 360k 8k" $mnt/s1/f0
xfs_io -c "fpunch 240k 168k" $mnt/f0
xfs_io -c "falloc 376k 48k" $mnt/f0
xfs_io -c "reflink $mnt/f0 24k 184k 288k" $mnt/s1/f0
sync
xfs_io -c "pwrite -S 0x62 420k 10245" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f0 184k 448k 16k" $mnt/s1/f0
xfs_io -c "falloc 343401 176k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 416k 48k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 256k 56k 16k" $mnt/f0
xfs_io -c "pwrite -S 0x63 12k 32k" -c "fdatasync" $mnt/s1/f0
sync
xfs_io -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 304k 308k 28k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x61 984k 132k" -c "fdatasync" $mnt/f1
xfs_io -c "pwrite -S 0x61 830677 16k" -c "fsync" $mnt/f0
rm -f $mnt/f1
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 712k 132k" $mnt/s1/g0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 600k 268k 32k" $mnt/s1/f0
