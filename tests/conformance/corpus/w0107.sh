# extsim conformance workload, gen.py seed 107
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 2076672 36k" -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 475796 3075" $mnt/f0
xfs_io -c "falloc -k 1220608 76k" $mnt/f0
xfs_io -c "truncate 896k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 696k 300k 32k" $mnt/f0
xfs_io -c "reflink $mnt/f0" $mnt/f0
xfs_io -c "dedupe $mnt/f0 832k 752k 4k" $mnt/f0
xfs_io -c "pwrite -S 0x63 229162 40k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 420k 80k 292k" $mnt/f0
xfs_io -c "pwrite 6690103 104k" $mnt/f0
xfs_io -c "reflink $mnt/f0 832k 2482176 16k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 1171456 60k" -c "fsync" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 4263936 68k" $mnt/f2
xfs_io -c "pwrite -S 0x62 4030464 48k" $mnt/f0
xfs_io -c "reflink $mnt/f2 2740224 3260416 752k" $mnt/f1
xfs_io -c "pwrite -S 0x63 3920348 28k" $mnt/f1
xfs_io -c "fdatasync" $mnt/f0
rm -f $mnt/f1
md5sum $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "reflink $mnt/f2 328k 328k 24k" $mnt/f2
xfs_io -c "falloc 3493888 56k" $mnt/s1/f2
xfs_io -c "reflink $mnt/f2 2494464 284k 1843200" $mnt/s1/f0
xfs_io -f -c "pwrite 7929856 32k" -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0xcd 2308342 176k" -c "fdatasync" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 7397376 64k" -c "fsync" $mnt/f2
xfs_io -c "pwrite 2789376 40k" $mnt/f2
xfs_io -c "falloc -k 4358144 64k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 3088384 28k" $mnt/f1
sync
xfs_io -c "falloc 6135808 60k" $mnt/f0
chattr +C $mnt/f2
xfs_io -c "fsync" $mnt/s1/f2
xfs_io -c "pwrite -S 0x62 1911739 8k" $mnt/s1/f2
xfs_io -c "reflink $mnt/s1/f2 1175552 2842624 2818048" $mnt/s1/f0
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "fzero 6153698 124k" $mnt/f2
