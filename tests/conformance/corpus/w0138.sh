# extsim conformance workload, gen.py seed 138
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc -k 1858550 28k" $mnt/f0
xfs_io -c "pwrite -S 0x61 377750 44k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 360403 12k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite 256k 10335" $mnt/f0
xfs_io -c "falloc -k 639310 5748" $mnt/f0
xfs_io -c "fpunch 368k 36k" $mnt/s1/f0
xfs_io -c "truncate 169222" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f0 68k 124k 56k" $mnt/s1/f0
xfs_io -c "truncate 960283" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 448k 108k" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 548k 524k 196k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f0 356k 484k 28k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 476k 88k 108k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 820311 662" -c "fdatasync" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 352k 696k 520k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0xcd 1912832 24k" $mnt/f1
xfs_io -c "reflink $mnt/f0 640k 576k 252k" $mnt/f0
xfs_io -c "reflink $mnt/f0 552k 392k 407323" $mnt/s1/f0
xfs_io -f -c "pwrite 296k 48k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 1835008 56k" $mnt/f2
sync
xfs_io -c "fsync" $mnt/f2
xfs_io -c "fdatasync" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x62 400k 64k" -c "fsync" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 808k 40k" $mnt/f2
xfs_io -c "fpunch 364k 48k" $mnt/s1/f0
sync
xfs_io -c "fzero 816k 220k" $mnt/f2
xfs_io -c "reflink $mnt/f0 312k 1421312 596k" $mnt/s1/f0
xfs_io -f -c "reflink $mnt/s1/f0 1658880 300k 0" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g0 496k 140k 32k" $mnt/f0
xfs_io -c "pwrite -S 0x61 512129 16k" -c "fsync" $mnt/f0
sync
xfs_io -r -c "fiemap -v" $mnt/f2
xfs_io -c "reflink $mnt/s1/g0 368k 1085440 304k" $mnt/f1
xfs_io -c "reflink $mnt/s1/f0 960k 360k 8k" $mnt/f1
