# extsim conformance workload, gen.py seed 593
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume snapshot $mnt $mnt/s1
sync
xfs_io -f -c "pwrite -S 0x61 316k 136k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 24k 24k" $mnt/f0
rm $mnt/f0
xfs_io -f -c "reflink $mnt/f0" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 72k 152k" -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 736k 52k" $mnt/f1
xfs_io -f -c "pwrite 832k 200k" $mnt/f2
xfs_io -c "fpunch 272k 68k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 976k 60k" -c "fsync" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 369188 60k" $mnt/f2
xfs_io -c "dedupe $mnt/f0 12k 0 216k" $mnt/f2
xfs_io -c "pwrite 60k 60k" $mnt/f1
xfs_io -c "dedupe $mnt/s1/g0 984k 372k 28k" $mnt/f2
xfs_io -c "pwrite -S 0x61 75887 20k" $mnt/f0
xfs_io -c "pwrite -S 0x62 214587 56k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/g0 784k 16k 8k" $mnt/f0
xfs_io -c "pwrite 248k 5377" -c "fdatasync" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 152k 8401" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 0 4858" -c "fdatasync" $mnt/f0
xfs_io -c "falloc 832k 6844" $mnt/f2
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "reflink $mnt/f2 44k 404k 196k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "dedupe $mnt/f2 540k 0 496k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 44k 48k" $mnt/f1
xfs_io -c "pwrite -S 0x61 228k 1478" $mnt/f1
xfs_io -c "falloc 149809 128k" $mnt/f1
xfs_io -c "truncate 967842" $mnt/f1
xfs_io -c "fsync" $mnt/s1/g0
xfs_io -c "fsync" $mnt/f2
xfs_io -c "reflink $mnt/f2 1052672 404k 4k" $mnt/s1/g0
xfs_io -f -c "truncate 340190" $mnt/s1/g1
xfs_io -f -c "pwrite 256k 48k" $mnt/f0
xfs_io -c "falloc 600k 32k" $mnt/s1/g1
xfs_io -c "falloc 572k 4k" $mnt/f2
xfs_io -c "pwrite -S 0x63 716k 36k" $mnt/f1
xfs_io -c "pwrite -S 0x62 528k 140k" $mnt/f1
xfs_io -f -c "reflink $mnt/f0 188k 352k 88k" $mnt/f3
xfs_io -c "fsync" $mnt/f3
xfs_io -c "dedupe $mnt/f3 212k 0 12k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -f -c "pwrite -S 0x61 296k 20k" $mnt/s2/f3
