# extsim conformance workload, gen.py seed 241
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 672k 256k" $mnt/f0
sync
xfs_io -c "pwrite -S 0x62 512k 48k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 924k 640547 109" $mnt/f0
xfs_io -c "reflink $mnt/f0 584k 864k 248k" $mnt/f0
xfs_io -c "falloc -k 788k 3m" $mnt/f0
chattr +C $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1320621 228k" $mnt/f1
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite 1083173 1426" $mnt/f0
xfs_io -c "pwrite -S 0x63 524k 56k" $mnt/f0
xfs_io -c "reflink $mnt/f0 136k 988k 416k" $mnt/f1
md5sum $mnt/f0
xfs_io -c "reflink $mnt/f1 724k 968k 392k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 520k 1404928 20k" $mnt/f1
xfs_io -f -c "falloc -k 1306624 6204" $mnt/f2
xfs_io -c "dedupe $mnt/f0 896k 60k 24k" $mnt/f0
sync
xfs_io -c "pwrite -S 0x61 720k 8k" $mnt/f0
xfs_io -f -c "pwrite 72k 44k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 424k 676" -c "fsync" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x63 652k 44k" $mnt/f0
md5sum $mnt/f2
xfs_io -f -c "pwrite -S 0x63 412k 4m" $mnt/s1/f2
xfs_io -c "reflink $mnt/f1 1012k 448k 12k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -f -c "reflink $mnt/s1/f0 1699840 740k 4653" $mnt/s2/g0
xfs_io -c "fzero 1440138 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 788k 32k" $mnt/s1/g0
xfs_io -c "reflink $mnt/f1" $mnt/s2/g0
xfs_io -c "pwrite -S 0x63 -b 1m 2026474 1m" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 792k 236k" $mnt/s1/g1
xfs_io -c "reflink $mnt/f0 660k 1712128 320k" $mnt/s2/f2
xfs_io -f -c "pwrite -S 0x63 420043 12k" $mnt/s1/g1
xfs_io -c "falloc -k 1679360 5447" $mnt/f2
xfs_io -c "falloc 1286144 32k" $mnt/s1/g0
xfs_io -c "falloc 1544192 196k" $mnt/s2/f1
xfs_io -c "falloc 476k 64k" $mnt/f0
xfs_io -c "pwrite -S 0x61 2904064 44k" -c "fdatasync" $mnt/s1/f2
xfs_io -c "pwrite -S 0x61 1654784 52k" $mnt/s1/g1
xfs_io -c "fdatasync" $mnt/s1/g0
sync
xfs_io -c "pwrite -b 1m 1957888 2m" $mnt/s2/f2
xfs_io -c "reflink $mnt/f2 0 1314816 8k" $mnt/s2/f0
sync
xfs_io -f -c "reflink $mnt/s2/f2 196k 1220608 2289664" $mnt/f3
xfs_io -c "falloc 852410 20k" $mnt/s2/f1
xfs_io -c "dedupe $mnt/s1/f2 4337664 0 276k" $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x62 1421312 2480" $mnt/s1/f1
xfs_io -c "dedupe $mnt/f1 160k 0 1394349" $mnt/s1/g1
xfs_io -c "dedupe $mnt/s2/f1 968k 40k 8k" $mnt/f0
xfs_io -c "pwrite -S 0x62 1396736 60k" $mnt/f2
xfs_io -c "pwrite 536k 28k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 500k 0 936330" $mnt/s2/f1
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0xcd 1445888 252k" $mnt/s1/f0
xfs_io -c "truncate 2220032" $mnt/s1/g0
xfs_io -c "pwrite -S 0xcd 1323008 3398" $mnt/f0
xfs_io -c "falloc -k 1858301 56k" $mnt/s2/f1
xfs_io -f -c "falloc 536k 36k" $mnt/f4
xfs_io -c "dedupe $mnt/s1/g0 828k 36k 24k" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s3
xfs_io -c "reflink $mnt/s3/f0 1212416 2527232 240010" $mnt/s1/f2
xfs_io -c "falloc -k 1095467 56k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s3/f3 1105920 25605 16k" $mnt/s2/f1
xfs_io -f -c "pwrite -S 0x62 3051520 40k" $mnt/s2/f2
sync
