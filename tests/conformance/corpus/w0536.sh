# extsim conformance workload, gen.py seed 536 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
sync
xfs_io -f -c "reflink $mnt/f0 0 26935296 4k" $mnt/f0
xfs_io -c "fzero -k 22900736 64k" $mnt/f0
xfs_io -c "pwrite -S 0x62 6991872 56k" -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite 5431296 24k" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 2646016 2m" $mnt/f0
xfs_io -f -c "pwrite -b 1m 20918272 6m" -c "fdatasync" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 11104256 244k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 21808837 24k" $mnt/f2
xfs_io -c "pwrite -S 0x63 -b 1m 6823936 9m" $mnt/f1
xfs_io -c "fpunch 2139961 44k" $mnt/f2
xfs_io -c "truncate 12763136" $mnt/f2
xfs_io -c "pwrite 8314880 40k" $mnt/f1
xfs_io -c "truncate 1327104" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite 855863 48k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
sync
xfs_io -f -c "pwrite -S 0x62 8744960 16k" $mnt/f3
sync
xfs_io -c "truncate 3568668" $mnt/f3
xfs_io -c "falloc -k 6729728 60k" $mnt/s1/f1
xfs_io -c "pwrite -S 0x63 -b 1m 12664832 6m" $mnt/f2
xfs_io -c "reflink $mnt/f2 2801664 28618752 15241216" $mnt/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -c "reflink $mnt/s1/f0 472k 24621056 440k" $mnt/s1/f1
xfs_io -c "pwrite -S 0x63 1163264 28k" $mnt/s1/f0
xfs_io -f -c "pwrite -b 1m 10031104 6m" $mnt/s1/f1
xfs_io -c "pwrite 12k 10759" $mnt/f3
xfs_io -c "dedupe $mnt/f1 396k 10616832 24k" $mnt/f0
xfs_io -c "fpunch 212482 20k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 8851456 24k" $mnt/s1/f2
xfs_io -c "reflink $mnt/s1/f2 4902912 13651968 3796992" $mnt/f2
xfs_io -c "pwrite 16119933 44k" $mnt/f2
xfs_io -c "pwrite -S 0x61 6434816 20k" $mnt/f0
chattr +C $mnt/s1/f1
xfs_io -c "fpunch 20443136 32k" $mnt/f0
sync
xfs_io -c "fsync" $mnt/f1
xfs_io -c "reflink $mnt/s1/f0 14684160 14700544 28k" $mnt/s1/f0
xfs_io -c "falloc 7266304 4k" $mnt/s1/f2
sync
rm $mnt/f1
xfs_io -f -c "pwrite -b 1m 27963392 8m" $mnt/f1
xfs_io -c "pwrite -S 0xcd -b 1m 15663104 15m" $mnt/s1/f1
xfs_io -c "dedupe $mnt/f1 1536000 48k 32k" $mnt/f0
xfs_io -f -c "falloc -k 14299136 180k" $mnt/s1/g0
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 -b 1m 9637888 4m" $mnt/f4
xfs_io -c "pwrite -S 0x61 -b 1m 396k 9m" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 -b 1m 22904832 8m" -c "fdatasync" $mnt/s1/g0
xfs_io -f -c "reflink $mnt/f1 28184576 1806336 4898816" $mnt/s1/g1
xfs_io -c "pwrite -b 1m 6156288 12m" -c "fsync" $mnt/s1/g0
xfs_io -c "dedupe $mnt/f3 2678784 0 893980" $mnt/s1/f2
sync
xfs_io -c "pwrite -S 0x63 1415333 40k" $mnt/s1/f0
xfs_io -c "fpunch 16998400 4m" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 7606272 8581120 28k" $mnt/f1
xfs_io -c "reflink $mnt/f3 1728512 548k 280k" $mnt/f3
sync
xfs_io -f -c "pwrite -S 0x61 -b 1m 31485952 4m" $mnt/s1/f2
xfs_io -c "reflink $mnt/f4 1822720 17477632 12017664" $mnt/s1/f2
xfs_io -c "falloc 13463552 48k" $mnt/f2
xfs_io -f -c "pwrite -b 1m 9052160 10m" $mnt/s1/f2
xfs_io -c "fdatasync" $mnt/s1/g0
xfs_io -c "falloc 26824704 36k" $mnt/s1/f1
xfs_io -c "reflink $mnt/f3 636k 1478656 0" $mnt/s1/g1
xfs_io -c "dedupe $mnt/f1 15863808 0 8k" $mnt/f2
xfs_io -f -c "pwrite -b 1m 6455296 13m" $mnt/s1/g2
xfs_io -c "falloc -k 6918144 7m" $mnt/s1/f0
