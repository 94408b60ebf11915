# extsim conformance workload, gen.py seed 148
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc -k 1298432 2m" $mnt/f0
xfs_io -c "truncate 6328320" $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -f -c "falloc 7790592 48k" $mnt/f2
xfs_io -c "dedupe $mnt/f1 0 2043904 4k" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 1204224 60k" $mnt/f2
xfs_io -c "reflink $mnt/f2 88k 1835008 224k" $mnt/f2
md5sum $mnt/f1
xfs_io -c "pwrite -S 0x61 4689920 28k" $mnt/f1
umount $mnt
mount $dev $mnt
xfs_io -c "falloc 744k 48k" $mnt/f1
xfs_io -c "pwrite -S 0x63 2551808 8k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 2748416 168k" $mnt/f2
xfs_io -c "truncate 1351680" $mnt/f0
xfs_io -c "falloc 1372160 76k" $mnt/f1
xfs_io -c "reflink $mnt/f0 1269760 2478080 60k" $mnt/f1
xfs_io -c "falloc -k 4104192 64k" $mnt/f2
xfs_io -c "pwrite -S 0x62 176k 20k" -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 124k 32k 8k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 1413120 4k" $mnt/f1
umount $mnt
mount $dev $mnt
xfs_io -c "dedupe $mnt/f2 4640768 20k 8k" $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x61 3293184 40k" -c "fdatasync" $mnt/f3
md5sum $mnt/f3
xfs_io -c "fpunch 584k 24k" $mnt/f3
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0x63 3891200 100k" $mnt/f1
xfs_io -c "reflink $mnt/f0 1306624 372k 48k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1105920 52k" $mnt/f4
xfs_io -c "dedupe $mnt/f2 5632000 28k 28k" $mnt/f0
sync
xfs_io -c "dedupe $mnt/f4 736k 748k 16k" $mnt/f4
xfs_io -c "fdatasync" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "dedupe $mnt/f0 840k 0 484k" $mnt/f3
chattr +C $mnt/f3
xfs_io -c "pwrite -S 0x61 1147529 176k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 1895104 48k" $mnt/f1
xfs_io -c "dedupe $mnt/f4 96k 48k 12k" $mnt/f4
xfs_io -c "dedupe $mnt/f3 3084288 52k 24k" $mnt/f0
xfs_io -c "falloc -k 1806336 12k" $mnt/f1
rm -f $mnt/f4
xfs_io -f -c "truncate 8048640" $mnt/f4
xfs_io -c "falloc 1687552 212k" $mnt/f3
xfs_io -c "dedupe $mnt/f0 228k 20k 8k" $mnt/f0
