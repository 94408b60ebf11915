# extsim conformance workload, gen.py seed 40
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
sync
xfs_io -f -c "pwrite -S 0x62 564k 4k" -c "fsync" $mnt/f0
sync
xfs_io -c "pwrite -S 0xcd 342070 16k" $mnt/f0
md5sum $mnt/f0
xfs_io -c "pwrite -S 0x62 316k 24k" $mnt/f0
xfs_io -c "pwrite -S 0x61 318837 60k" $mnt/f0
xfs_io -c "fpunch 544k 2m" $mnt/f0
xfs_io -f -c "pwrite 810772 16k" -c "fdatasync" $mnt/f1
xfs_io -f -c "reflink $mnt/f1 740k 624k 28k" $mnt/f2
xfs_io -c "fsync" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 494273 64k" $mnt/f0
sync
md5sum $mnt/f0
xfs_io -f -c "pwrite -S 0x63 28k 56k" $mnt/f0
sync
xfs_io -c "dedupe $mnt/f2 216k 0 4k" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 235583 4k" -c "fsync" $mnt/f1
xfs_io -f -c "pwrite 364k 56k" $mnt/f0
xfs_io -c "reflink $mnt/f1 472k 672k 180k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "reflink $mnt/f2 144k 212k 476k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 -b 1m 686332 4m" $mnt/f1
md5sum $mnt/f1
xfs_io -f -c "pwrite -S 0x63 71631 1067" $mnt/s1/f2
xfs_io -c "fpunch 232k 2589" $mnt/s1/f1
xfs_io -c "pwrite -S 0x63 244k 16k" $mnt/f0
xfs_io -c "falloc -k 356k 8k" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x62 204k 40k" $mnt/f0
xfs_io -c "reflink $mnt/f2 12k 432k 0" $mnt/s1/f0
touch $mnt/s1/g1
chattr +C $mnt/s1/g1
xfs_io -c "falloc 810707 12k" $mnt/s1/g1
xfs_io -c "falloc 256k 176k" $mnt/s1/f2
xfs_io -c "pwrite -S 0xcd 568k 28k" $mnt/s1/f1
xfs_io -c "fpunch 371977 24k" $mnt/s1/g1
sync
xfs_io -f -c "pwrite -S 0x63 -b 1m 608k 2m" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x61 380k 36k" $mnt/f3
xfs_io -f -c "pwrite -S 0x61 925189 16k" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x62 283641 32k" -c "fdatasync" $mnt/f4
xfs_io -c "reflink $mnt/f2 256k 200k 96k" $mnt/f0
xfs_io -c "dedupe $mnt/f3 336k 28k 32k" $mnt/f3
xfs_io -c "pwrite -S 0x61 164k 4k" $mnt/f4
xfs_io -c "pwrite -S 0x63 48k 28k" $mnt/s1/f2
xfs_io -c "dedupe $mnt/s1/f2 976k 972k 32k" $mnt/s1/f2
xfs_io -c "truncate 580k" $mnt/f2
xfs_io -c "pwrite -S 0xcd 3370318 176k" $mnt/f1
xfs_io -c "pwrite -S 0x62 1143185 7494" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/f1 812k 212k 28k" $mnt/s1/f1
xfs_io -c "reflink $mnt/f2 528k 1613824 28k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 292k 240k" $mnt/s1/g1
