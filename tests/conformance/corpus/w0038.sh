# extsim conformance workload, gen.py seed 38
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 348k 44k" $mnt/f0
md5sum $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1026158 52k" $mnt/f1
sync
xfs_io -c "dedupe $mnt/f0 128k 0 268k" $mnt/f1
xfs_io -f -c "pwrite 804k 60k" $mnt/f1
xfs_io -c "falloc 264k 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 488k 72k" $mnt/f2
xfs_io -c "dedupe $mnt/f0 348k 904k 16k" $mnt/f1
xfs_io -c "fdatasync" $mnt/f2
xfs_io -c "pwrite -S 0x63 68k 216k" -c "fdatasync" $mnt/f0
sync
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "reflink $mnt/f0 95438 792677 12k" $mnt/f2
xfs_io -c "reflink $mnt/f1 836k 480k 52k" $mnt/f2
xfs_io -c "dedupe $mnt/f1 44k 509174 2888" $mnt/f2
xfs_io -c "dedupe $mnt/f1 936k 4k 4k" $mnt/f0
xfs_io -c "reflink $mnt/f0 100k 156k 116k" $mnt/f2
xfs_io -c "dedupe $mnt/f0 340k 0 56k" $mnt/f1
xfs_io -c "pwrite 332k 228k" $mnt/f2
md5sum $mnt/f2
xfs_io -c "reflink $mnt/f2 936k 936k 16k" $mnt/f2
xfs_io -c "truncate 1019783" $mnt/f0
xfs_io -f -c "falloc 5106 36k" $mnt/f3
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 136k 56k" $mnt/f2
xfs_io -c "pwrite -S 0xcd 7237 80k" -c "fdatasync" $mnt/f3
xfs_io -c "falloc 184k 36k" $mnt/f2
xfs_io -f -c "falloc -k 652k 10623" $mnt/f4
xfs_io -c "truncate 904k" $mnt/f4
xfs_io -c "falloc -k 244k 12k" $mnt/f4
xfs_io -c "pwrite -S 0x63 170637 36k" $mnt/f2
xfs_io -c "fpunch 664k 332" $mnt/f2
xfs_io -c "fpunch 112k 4k" $mnt/f1
xfs_io -c "pwrite -S 0x63 280k 168k" -c "fsync" $mnt/f1
xfs_io -c "falloc 484k 24k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 302247 4k" $mnt/f3
chattr +C $mnt/f1
xfs_io -c "fpunch 624k 188k" $mnt/f4
xfs_io -c "pwrite -S 0x61 857775 12k" $mnt/f3
md5sum $mnt/f3
xfs_io -c "reflink $mnt/f0 484k 132k 268k" $mnt/f3
xfs_io -f -c "truncate 748k" $mnt/f5
xfs_io -c "fpunch 556k 4k" $mnt/f2
xfs_io -f -c "pwrite 584k 88k" $mnt/f5
btrfs subvolume snapshot $mnt $mnt/s1
sync
xfs_io -f -c "pwrite -S 0x62 -b 1m 972k 2m" -c "fsync" $mnt/s1/g0
xfs_io -c "fsync" $mnt/f4
xfs_io -c "reflink $mnt/f5 680k 820k 68k" $mnt/f3
xfs_io -c "pwrite -S 0x61 80k 184k" $mnt/f1
xfs_io -c "reflink $mnt/s1/f1 896k 256k 170094" $mnt/s1/f4
xfs_io -c "dedupe $mnt/s1/f4 844k 0 64k" $mnt/f2
rm $mnt/s1/f3
xfs_io -c "fpunch 846504 10742" $mnt/f3
xfs_io -c "falloc -k 454757 4804" $mnt/s1/f0
xfs_io -f -c "falloc -k 940k 36k" $mnt/f6
xfs_io -c "dedupe $mnt/s1/f1 76k 0 1005678" $mnt/s1/f2
xfs_io -c "falloc 624k 28k" $mnt/f3
xfs_io -c "dedupe $mnt/s1/f0 332k 264k 32k" $mnt/s1/f1
xfs_io -c "pwrite -S 0x61 664k 40k" $mnt/f3
xfs_io -f -c "pwrite -S 0xcd 784k 104k" $mnt/f7
xfs_io -c "fpunch 3039232 100k" $mnt/s1/g0
xfs_io -r -c "fiemap -v" $mnt/s1/f2
