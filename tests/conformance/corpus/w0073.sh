# extsim conformance workload, gen.py seed 73 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite 1482752 72k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1191936 1245184 12k" $mnt/f0
xfs_io -c "pwrite -S 0x63 19845120 28k" $mnt/f0
md5sum $mnt/f0
xfs_io -c "reflink $mnt/f0 2748416 6410240 17133568" $mnt/f0
xfs_io -c "reflink $mnt/f0 1867776 1978368 8k" $mnt/f0
xfs_io -c "fpunch 16417754 208k" $mnt/f0
xfs_io -f -c "falloc -k 32787531 10381" $mnt/f1
xfs_io -c "falloc 1593344 7m" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "truncate 10424320" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 12863012 84k" $mnt/f0
xfs_io -c "fzero -k 23248460 52k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 -b 1m 4489216 3m" $mnt/f2
xfs_io -c "reflink $mnt/f2 2678784 3895296 4k" $mnt/f2
xfs_io -c "pwrite -S 0x61 1785856 44k" -c "fdatasync" $mnt/f2
xfs_io -c "reflink $mnt/f0 8007680 19517440 12k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 10125312 12k 4k" $mnt/f0
xfs_io -c "reflink $mnt/f2 4149248 7331840 2691072" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "falloc -k 7757824 28k" $mnt/f0
rm $mnt/f0
xfs_io -c "falloc -k 5386958 3m" $mnt/f1
xfs_io -c "falloc -k 6864896 52k" $mnt/f1
xfs_io -c "falloc 3313664 14m" $mnt/f1
xfs_io -c "reflink $mnt/f1 868k 10301440 3149824" $mnt/f1
xfs_io -c "dedupe $mnt/f1 15527936 36k 24k" $mnt/f1
xfs_io -c "fdatasync" $mnt/f2
xfs_io -c "falloc 10280960 6m" $mnt/f1
xfs_io -c "fzero 2m 3m" $mnt/f2
xfs_io -c "fsync" $mnt/f1
xfs_io -c "falloc -k 9454906 52k" $mnt/f2
xfs_io -c "falloc 784k 10m" $mnt/f2
xfs_io -c "pwrite -S 0x61 7576261 40k" $mnt/f2
rm $mnt/f2
xfs_io -c "falloc -k 2174976 14m" $mnt/f1
xfs_io -c "dedupe $mnt/f1 16199680 23932928 1m" $mnt/f1
xfs_io -f -c "pwrite -b 1m 7643136 6m" $mnt/f1
xfs_io -c "pwrite -S 0x62 16259146 92k" $mnt/f1
xfs_io -c "pwrite -S 0x63 9633792 16k" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd -b 1m 12054528 4m" -c "fdatasync" $mnt/f1
xfs_io -c "reflink $mnt/f1 14155776 22188032 76k" $mnt/f1
xfs_io -c "reflink $mnt/f1 21774336 18751488 20k" $mnt/f1
