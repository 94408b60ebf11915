# extsim conformance workload, gen.py seed 512
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
sync
xfs_io -f -c "pwrite 1015096 64k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 388k 36k" $mnt/f1
xfs_io -c "fsync" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "pwrite -S 0x62 100k 32k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 772k 12k 24k" $mnt/f0
sync
xfs_io -c "dedupe $mnt/f0 164k 168k 4k" $mnt/f0
xfs_io -c "fpunch 160k 180k" $mnt/f0
xfs_io -f -c "falloc 134320 16k" $mnt/f2
xfs_io -c "pwrite -S 0x61 84k 32k" $mnt/f2
xfs_io -c "fpunch 964k 40k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 291027 12k" $mnt/f3
xfs_io -c "pwrite -S 0x63 68k 20k" $mnt/f2
xfs_io -c "dedupe $mnt/f0 180k 0 20k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 148k 36k 24k" $mnt/f2
sync
xfs_io -f -c "pwrite 552k 220k" $mnt/f4
xfs_io -c "falloc 940k 60k" $mnt/f2
sync
xfs_io -r -c "fiemap -v" $mnt/f4
xfs_io -c "dedupe $mnt/f0 532k 60k 12k" $mnt/f0
xfs_io -c "truncate 826646" $mnt/f4
xfs_io -f -c "pwrite -S 0x62 47058 152k" $mnt/f1
xfs_io -c "pwrite -S 0x63 828k 252k" $mnt/f2
md5sum $mnt/f2
xfs_io -c "falloc 264k 40k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f0
