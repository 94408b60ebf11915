# extsim conformance workload, gen.py seed 486 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc -k 25636000 10m" $mnt/f0
xfs_io -c "fpunch 16003072 12k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "falloc -k 14576977 184k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 0 0 4k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "fpunch 14417920 32k" $mnt/f0
xfs_io -c "reflink $mnt/f0 0 16236544 4k" $mnt/f0
xfs_io -c "reflink $mnt/f0 11210752 21213184 60k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "dedupe $mnt/f0 0 0 32k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 5277363 3133" -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0xcd 4623012 32k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 1437696 12k 4k" $mnt/f1
chattr +C $mnt/f1
xfs_io -c "fsync" $mnt/f0
rm $mnt/f1
xfs_io -c "fpunch 2404352 80k" $mnt/f0
xfs_io -c "pwrite 6037504 180k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 26812416 20k" $mnt/f1
xfs_io -c "fpunch 3182592 24k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 14356680 192k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 3526656 36k 4k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 21839872 0 24k" $mnt/f0
xfs_io -c "pwrite -S 0x61 7879355 32k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 6197248 23801856 16k" $mnt/f1
xfs_io -c "falloc 1396736 40k" $mnt/f0
xfs_io -c "fpunch 14427274 32k" $mnt/f1
xfs_io -c "fsync" $mnt/f1
xfs_io -f -c "falloc -k 8307606 10m" $mnt/f2
xfs_io -c "dedupe $mnt/f1 1146880 64k 8k" $mnt/f0
xfs_io -c "pwrite -S 0x62 3293184 68k" $mnt/f0
xfs_io -c "falloc 32989184 16k" $mnt/f2
xfs_io -c "truncate 17395712" $mnt/f0
xfs_io -c "pwrite -S 0x61 3862528 216k" $mnt/f0
rm $mnt/f2
xfs_io -c "reflink $mnt/f1 4009984 6926336 8k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 16494592 4k 20k" $mnt/f0
