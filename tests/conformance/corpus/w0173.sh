# extsim conformance workload, gen.py seed 173
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc 0 12093" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 0 7614464 12k" $mnt/f1
xfs_io -c "falloc -k 1998848 4k" $mnt/f1
xfs_io -c "reflink $mnt/f1 0 7503872 4k" $mnt/f1
sync
xfs_io -c "truncate 6205237" $mnt/f1
xfs_io -c "falloc 5762 5634" $mnt/f0
rm $mnt/f0
xfs_io -f -c "reflink $mnt/f1 1400832 7331840 4583424" $mnt/f0
xfs_io -c "falloc -k 1286144 24k" $mnt/f1
xfs_io -c "reflink $mnt/f0 5033984 2695168 36k" $mnt/f1
btrfs subvolume snapshot -r $mnt $mnt/s1
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -c "fpunch 7442432 28k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 748k 192k" $mnt/f1
xfs_io -f -c "pwrite 3858432 48k" $mnt/f2
xfs_io -f -c "reflink $mnt/s1/f1 4440064 7622656 208k" $mnt/f3
xfs_io -c "dedupe $mnt/f2 932k 3665920 8k" $mnt/f2
xfs_io -c "pwrite -S 0x61 4784128 64k" $mnt/f3
xfs_io -c "reflink $mnt/f3 2658304 1495040 428k" $mnt/f0
xfs_io -c "truncate 712k" $mnt/f1
xfs_io -c "dedupe $mnt/s1/f1 2985984 32k 12k" $mnt/f0
xfs_io -c "pwrite -S 0x63 4153835 32k" $mnt/f2
xfs_io -c "pwrite -S 0x61 2805760 16k" $mnt/f3
xfs_io -c "pwrite 340k 60k" -c "fdatasync" $mnt/f1
xfs_io -c "falloc 567146 24k" $mnt/f3
xfs_io -f -c "pwrite -S 0x62 4162982 100k" -c "fsync" $mnt/f3
xfs_io -c "fzero 4801610 5105" $mnt/f1
xfs_io -c "pwrite -S 0x61 1765376 48k" $mnt/f0
xfs_io -c "reflink $mnt/f0 9379840 9388032 24k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 1368064 4471341 56k" $mnt/f0
xfs_io -c "falloc 2514944 84k" $mnt/f3
xfs_io -c "reflink $mnt/f1 1957888 1806336 2613248" $mnt/f2
xfs_io -c "dedupe $mnt/f3 244k 0 7589888" $mnt/f2
xfs_io -f -c "pwrite -S 0xcd 568k 8k" $mnt/f1
xfs_io -c "truncate 404k" $mnt/f3
xfs_io -c "pwrite 4k 64k" $mnt/f1
xfs_io -c "fpunch 11825152 52k" $mnt/f0
xfs_io -c "falloc -k 184k 20k" $mnt/f3
touch $mnt/f4
chattr +C $mnt/f4
xfs_io -c "fsync" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 6286703 44k" $mnt/f5
xfs_io -c "fzero -k 2322432 244k" $mnt/f2
xfs_io -c "pwrite 2678784 16k" -c "fsync" $mnt/f4
