# extsim conformance workload, gen.py seed 459
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 828k 48k" $mnt/f0
sync
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -c "pwrite -S 0x63 492k 28k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 957218 4k" $mnt/f1
xfs_io -c "reflink $mnt/f0 160k 292k 704k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
chattr +C $mnt/f0
xfs_io -f -c "pwrite -S 0x61 24k 48k" $mnt/s1/g0
xfs_io -c "fzero -k 760k 28k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 480k 2m" $mnt/s1/f0
touch $mnt/s1/g2
chattr +C $mnt/s1/g2
xfs_io -f -c "pwrite -S 0x62 220k 96k" $mnt/s1/g1
rm $mnt/f0
xfs_io -c "fpunch 3680 60k" $mnt/s1/g0
xfs_io -c "pwrite -S 0xcd 590282 136k" $mnt/s1/f1
xfs_io -c "falloc 1190614 1m" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x61 288k 52k" $mnt/s1/g0
xfs_io -r -c "fiemap -v" $mnt/s1/f0
rm -f $mnt/s1/g0
xfs_io -c "falloc 980k 252k" $mnt/s1/g1
xfs_io -c "reflink $mnt/s1/g1 108k 252k 432k" $mnt/s1/g2
xfs_io -c "dedupe $mnt/s1/g2 504k 486817 44k" $mnt/s1/f0
xfs_io -f -c "falloc 928k 4m" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 3928064 416k 404k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 212k 152k" $mnt/s1/f1
xfs_io -c "reflink $mnt/s1/f1 800k 1175552 172k" $mnt/s1/g1
xfs_io -c "truncate 64k" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x63 364k 108k" -c "fdatasync" $mnt/s1/g3
xfs_io -c "fpunch 64k 4131" $mnt/s1/g3
xfs_io -f -c "pwrite -S 0x63 696k 164k" $mnt/s1/f1
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -c "pwrite -S 0x61 176k 200k" $mnt/f1
xfs_io -c "pwrite -S 0x63 888k 20k" -c "fdatasync" $mnt/s1/g1
xfs_io -c "dedupe $mnt/f1 296k 176k 32k" $mnt/f1
xfs_io -c "fpunch 768k 256k" $mnt/f1
xfs_io -c "fpunch 572k 16k" $mnt/s1/f1
xfs_io -c "pwrite -S 0x63 748k 8k" $mnt/s1/g1
xfs_io -c "reflink $mnt/s1/g2 452k 932k 64k" $mnt/f1
xfs_io -c "falloc 972k 1425" $mnt/s1/g3
xfs_io -f -c "pwrite -S 0x62 564k 32k" -c "fdatasync" $mnt/s1/g3
xfs_io -c "reflink $mnt/s1/g2 540k 184k 148k" $mnt/s1/g2
xfs_io -f -c "falloc -k 311878 6618" $mnt/f0
xfs_io -c "fdatasync" $mnt/s1/g2
xfs_io -c "falloc 5124096 32k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 1101824 36k" -c "fdatasync" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 404k 1m" $mnt/s1/f1
xfs_io -c "fpunch 1298432 112k" $mnt/s1/g1
sync
xfs_io -f -c "pwrite -S 0x63 566158 2603" -c "fsync" $mnt/s1/g4
xfs_io -f -c "pwrite -S 0x63 300k 48k" $mnt/f0
xfs_io -c "reflink $mnt/s2/f1 452k 4k 0" $mnt/s1/g2
xfs_io -c "reflink $mnt/s1/g0 3117056 876k 80k" $mnt/s1/g2
xfs_io -c "reflink $mnt/s1/g1 968k 1191936 360k" $mnt/s1/f1
xfs_io -c "pwrite -S 0x61 736k 16k" -c "fsync" $mnt/s1/g3
xfs_io -c "reflink $mnt/f1 896k 1753088 56k" $mnt/s1/g0
xfs_io -f -c "truncate 144k" $mnt/s1/g5
xfs_io -f -c "pwrite -S 0x63 728704 144k" $mnt/s1/g4
xfs_io -c "pwrite 92k 60k" $mnt/f1
rm $mnt/s1/f0
xfs_io -c "dedupe $mnt/f1 176k 404k 32k" $mnt/s1/f1
