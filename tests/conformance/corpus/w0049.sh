# extsim conformance workload, gen.py seed 49
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 1158078 8948" $mnt/f0
xfs_io -c "dedupe $mnt/f0 60k 28k 24k" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "truncate 1125639" $mnt/f0
xfs_io -c "dedupe $mnt/f0 520k 0 597255" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 452k 0 708274" $mnt/f0
xfs_io -c "falloc 1020k 4k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 620k 128k 4k" $mnt/f0
xfs_io -c "pwrite 116k 12k" $mnt/f0
xfs_io -c "pwrite -S 0x61 420k 60k" $mnt/f0
sync
xfs_io -c "falloc 208k 24k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 524k 44k 28k" $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/s1/f0
xfs_io -f -c "reflink $mnt/s1/f0 52k 1437696 524k" $mnt/f2
xfs_io -f -c "falloc -k 136k 36k" $mnt/f3
xfs_io -c "dedupe $mnt/s1/f0 528k 12k 28k" $mnt/f0
xfs_io -c "reflink $mnt/f3 0 820k 4k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 636k 44k 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 164k 1446" $mnt/f3
xfs_io -c "falloc 0 20k" $mnt/f3
sync
md5sum $mnt/f2
xfs_io -f -c "pwrite -S 0x61 1425216 32k" $mnt/f0
xfs_io -c "reflink $mnt/f2 208k 280k 452k" $mnt/f1
chattr +C $mnt/f3
chattr +C $mnt/f1
xfs_io -c "reflink $mnt/f3 164k 552k 13734" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 648k 3043" $mnt/f0
xfs_io -c "pwrite -S 0x62 72241 8k" $mnt/f3
