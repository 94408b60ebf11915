# extsim conformance workload, gen.py seed 171
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 1302528 1294336 16k" $mnt/f0
xfs_io -c "pwrite -S 0x61 792k 44k" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 132k 176k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 796k 56k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 328k 128k" $mnt/f0
xfs_io -c "reflink $mnt/f0 804k 1000k 52k" $mnt/f0
xfs_io -c "pwrite -S 0x61 631003 64k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x62 1466368 16k" $mnt/f0
xfs_io -c "falloc 691934 40k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 148641 32k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1212416 11853" $mnt/f0
xfs_io -c "falloc -k 944k 64k" $mnt/f0
xfs_io -c "fzero -k 888k 188k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 92k 1482752 988k" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 1346851 12k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1896448 1155072 8k" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 1675264 604k 808k" $mnt/f0
xfs_io -c "pwrite -S 0x62 1421312 40k" $mnt/f0
xfs_io -c "falloc 1388544 4k" $mnt/f0
xfs_io -c "fpunch 1939106 44k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 764k 2211840 20k" $mnt/f0
xfs_io -c "pwrite -S 0x62 2355200 24k" $mnt/f0
xfs_io -c "pwrite -S 0x63 1105920 12k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 52k 48k 16k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1004k 667324 8k" $mnt/f0
xfs_io -c "falloc -k 312k 40k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 92k 48k 24k" $mnt/f0
xfs_io -c "reflink $mnt/f0" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "falloc -k 2469888 44k" $mnt/f0
xfs_io -c "pwrite -S 0x62 2473984 8k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 2441216 192k" $mnt/f0
rm -f $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1244746 1561" -c "fsync" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 1220608 2076672 33891" $mnt/f1
xfs_io -c "pwrite -S 0x63 288k 6117" $mnt/f0
xfs_io -c "pwrite -S 0x63 356k 40k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 1884160 1882" $mnt/f1
xfs_io -c "truncate 1093612" $mnt/f0
xfs_io -c "reflink $mnt/f1 1064960 552k 320k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite 880k 56k" $mnt/s1/f1
xfs_io -c "pwrite -S 0x62 460k 24k" $mnt/f0
xfs_io -c "falloc -k 924k 8k" $mnt/s1/f0
xfs_io -c "falloc 636k 64k" $mnt/s1/f0
xfs_io -c "falloc 528k 64k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x61 344k 24k" $mnt/s1/f1
xfs_io -c "dedupe $mnt/s1/f1 0 380k 16k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 820k 824k 24k" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -c "pwrite -S 0x61 106911 64k" $mnt/s1/f0
xfs_io -c "fpunch 24k 32k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 572k 12k" -c "fsync" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 2019328 196k" $mnt/s1/f0
xfs_io -f -c "reflink $mnt/s2/f0 644k 1400832 236k" $mnt/f2
xfs_io -c "falloc 480k 40k" $mnt/f0
rm -f $mnt/f1
xfs_io -c "pwrite -S 0xcd 1822720 8153" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 1617920 28k" $mnt/s1/f1
xfs_io -c "pwrite -S 0xcd 1495040 84k" $mnt/s1/f1
xfs_io -c "falloc 1680937 16k" $mnt/s1/f0
sync
xfs_io -c "dedupe $mnt/s2/f0 668k 0 20k" $mnt/f2
xfs_io -c "fsync" $mnt/f0
xfs_io -c "falloc 932k 64k" $mnt/f2
xfs_io -c "reflink $mnt/s2/f0 872k 720k 40k" $mnt/s1/f1
md5sum $mnt/s2/f0
