# extsim conformance workload, gen.py seed 529
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 896899 16k" $mnt/f0
sync
xfs_io -c "fpunch 872k 28k" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "reflink $mnt/f0 424k 864k 240k" $mnt/f0
xfs_io -f -c "falloc -k 16k 24k" $mnt/f1
xfs_io -c "pwrite -S 0x63 656523 244k" $mnt/f1
xfs_io -c "pwrite -S 0x62 846849 128k" -c "fdatasync" $mnt/f1
rm $mnt/s1/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "fzero -k 276k 40k" $mnt/f0
xfs_io -c "fpunch 1m 248k" $mnt/f0
xfs_io -c "fpunch 624k 60k" $mnt/f1
xfs_io -c "pwrite 460k 176k" $mnt/f0
xfs_io -c "pwrite -S 0x62 860k 56k" $mnt/f0
xfs_io -c "reflink $mnt/f0 504k 740k 60k" $mnt/f1
xfs_io -c "fzero 792k 68k" $mnt/f0
xfs_io -c "falloc 16k 216k" $mnt/f1
xfs_io -c "reflink $mnt/f1 348k 412k 625665" $mnt/f1
xfs_io -c "reflink $mnt/s1/f0 612k 856k 290691" $mnt/f1
xfs_io -c "falloc 460k 56k" $mnt/f0
xfs_io -c "pwrite -S 0x61 600k 8512" $mnt/f0
sync
xfs_io -c "falloc -k 344k 28k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 364k 148k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -f -c "pwrite 12k 20k" $mnt/s2/f1
xfs_io -f -c "pwrite -S 0x63 712k 11884" $mnt/s2/f0
xfs_io -f -c "pwrite -S 0x63 968k 56k" $mnt/s2/f1
xfs_io -c "truncate 212k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/s2/f1
sync
xfs_io -c "dedupe $mnt/f0 48k 56k 24k" $mnt/f0
xfs_io -c "fpunch 136k 80k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "falloc 356k 128k" $mnt/f1
xfs_io -c "truncate 52k" $mnt/f0
xfs_io -c "fsync" $mnt/s2/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -f -c "reflink $mnt/s2/f0 964k 468k 152k" $mnt/s2/g0
xfs_io -c "pwrite 298237 52k" -c "fsync" $mnt/s2/g0
xfs_io -c "falloc 952k 8k" $mnt/f0
xfs_io -c "reflink $mnt/s2/f0 1093632 56k 16k" $mnt/f0
xfs_io -c "pwrite -S 0x63 584k 60k" -c "fsync" $mnt/s2/f1
xfs_io -c "falloc -k 932k 36k" $mnt/f0
xfs_io -c "reflink $mnt/f1 212k 52k 496k" $mnt/s2/f0
sync
xfs_io -f -c "pwrite -S 0xcd 554487 2743" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x61 388k 32k" $mnt/s2/g0
xfs_io -c "pwrite -S 0x63 448k 8k" $mnt/s2/f0
xfs_io -c "reflink $mnt/s2/g0 244k 512k 140k" $mnt/s2/f0
xfs_io -c "pwrite -S 0x61 672k 4k" $mnt/s2/f1
xfs_io -c "reflink $mnt/s1/f0" $mnt/s2/f1
xfs_io -c "reflink $mnt/s2/f1 468k 452k 132k" $mnt/s2/f0
xfs_io -c "fpunch 900k 24k" $mnt/s2/g0
xfs_io -c "fzero 744k 168k" $mnt/f1
xfs_io -c "pwrite -S 0x63 348415 56k" $mnt/s2/f1
xfs_io -f -c "pwrite -S 0x63 748k 4947" $mnt/f1
xfs_io -c "fdatasync" $mnt/s2/f1
xfs_io -c "reflink $mnt/s2/f1 560k 940k 352131" $mnt/f0
sync
xfs_io -c "dedupe $mnt/s1/f0 808k 0 89987" $mnt/s2/g0
xfs_io -c "truncate 32330" $mnt/f0
xfs_io -c "dedupe $mnt/s2/f0 628k 996k 20k" $mnt/s2/f0
