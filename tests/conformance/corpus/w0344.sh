# extsim conformance workload, gen.py seed 344
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
sync
xfs_io -f -c "falloc 4390912 32k" $mnt/f0
xfs_io -c "pwrite -S 0x61 7340051 44k" $mnt/f0
xfs_io -c "falloc 4718592 44k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 1282705 32k" $mnt/f0
xfs_io -c "pwrite -S 0x62 5464064 148k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f0 2162688 548k 3141632" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 7895760 8k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 4345856 4349952 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 3223552 8k" $mnt/f2
xfs_io -c "fdatasync" $mnt/f2
xfs_io -c "fpunch 7024640 12k" $mnt/f1
xfs_io -c "pwrite -S 0x62 5521408 12k" -c "fsync" $mnt/f0
xfs_io -c "pwrite 5582848 5453" $mnt/f0
xfs_io -c "dedupe $mnt/f2 1810432 60k 20k" $mnt/f0
rm $mnt/f1
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f2 2232320 6152192 0" $mnt/f0
xfs_io -c "pwrite -S 0x62 1740800 64k" $mnt/f2
xfs_io -c "falloc 2093056 8k" $mnt/f2
xfs_io -f -c "pwrite -S 0xcd 3035136 8k" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x63 900k 8k" $mnt/s1/f2
xfs_io -c "fpunch 4939776 56k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 3026944 36k" -c "fsync" $mnt/s1/f2
xfs_io -c "pwrite -S 0xcd 7380992 32k" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f2 2797568 7802880 380k" $mnt/s1/f0
xfs_io -c "pwrite -S 0xcd 2863104 132k" $mnt/s1/f2
xfs_io -c "reflink $mnt/s1/f2 1810432 8k 1294336" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/f0 804k 404k 8k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x61 2371584 64k" -c "fdatasync" $mnt/s1/f2
xfs_io -f -c "falloc 2543616 56k" $mnt/f1
xfs_io -c "dedupe $mnt/s1/f2 1257472 2686976 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 8069120 4899" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x62 4550656 24k" $mnt/f0
xfs_io -c "dedupe $mnt/f2 848k 0 2367488" $mnt/f1
xfs_io -c "dedupe $mnt/s1/f2 664k 4k 28k" $mnt/f0
xfs_io -c "falloc -k 2589718 84k" $mnt/s1/f2
xfs_io -c "falloc 6619136 36k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 242143 16k" -c "fdatasync" $mnt/f1
xfs_io -f -c "pwrite 2748416 40k" $mnt/s1/f2
xfs_io -c "pwrite -S 0x61 6524928 36k" $mnt/f0
xfs_io -c "pwrite -S 0x61 240k 44k" $mnt/f0
xfs_io -c "falloc -k 3772416 88k" $mnt/s1/f0
xfs_io -c "pwrite -S 0xcd 8155136 40k" -c "fdatasync" $mnt/f2
xfs_io -f -c "pwrite -S 0xcd 1335296 44k" $mnt/s1/g0
