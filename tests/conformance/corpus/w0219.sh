# extsim conformance workload, gen.py seed 219
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
umount $mnt
mount $dev $mnt
xfs_io -f -c "falloc -k 991464 60k" $mnt/f0
xfs_io -c "fpunch 312395 44k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 4k 0 4k" $mnt/f0
xfs_io -c "pwrite -S 0x61 768k 72k" $mnt/f0
sync
xfs_io -f -c "reflink $mnt/f0 184k 176k 192k" $mnt/f1
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "falloc 383683 160k" $mnt/f2
xfs_io -c "pwrite -S 0x61 96k 8k" -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 593469 48k" $mnt/f1
xfs_io -c "pwrite 208k 24k" $mnt/f2
xfs_io -c "dedupe $mnt/f0 276k 0 568k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 312k 324k 4k" $mnt/f1
sync
xfs_io -c "reflink $mnt/f0 624k 352k 4k" $mnt/f2
xfs_io -c "reflink $mnt/f2 72k 204k 32k" $mnt/f0
xfs_io -c "reflink $mnt/f1 92k 188k 556605" $mnt/f2
xfs_io -c "fsync" $mnt/f1
xfs_io -f -c "falloc -k 984k 12k" $mnt/f3
xfs_io -c "falloc -k 896k 120k" $mnt/f1
xfs_io -c "dedupe $mnt/f2 120k 44k 20k" $mnt/f0
xfs_io -c "truncate 932k" $mnt/f1
xfs_io -c "reflink $mnt/f3 0 0 4k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0xcd 776k 16k" $mnt/s1/f0
sync
xfs_io -c "falloc 420k 56k" $mnt/s1/f0
xfs_io -c "reflink $mnt/f2 136k 316k 344k" $mnt/s1/f0
xfs_io -c "pwrite -S 0xcd 308263 4m" -c "fsync" $mnt/s1/f1
xfs_io -c "reflink $mnt/s1/f3 0 340k 8k" $mnt/f3
xfs_io -f -c "pwrite -S 0x61 4476928 40k" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x62 508k 8710" -c "fsync" $mnt/s1/f3
xfs_io -c "pwrite -S 0x62 3694387 2232" $mnt/s1/f1
xfs_io -c "pwrite -S 0x61 176k 52k" $mnt/f3
xfs_io -c "pwrite -S 0xcd 252k 92k" $mnt/f2
xfs_io -c "falloc 315323 156k" $mnt/s1/f3
xfs_io -c "pwrite -S 0x62 56k 8k" $mnt/s1/f2
xfs_io -c "dedupe $mnt/f2 244k 200k 32k" $mnt/s1/f2
xfs_io -c "pwrite -S 0x61 392684 5020" -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0x62 4k 64k" $mnt/f3
touch $mnt/s1/g0
chattr +C $mnt/s1/g0
xfs_io -c "truncate 1012440" $mnt/s1/g0
xfs_io -c "falloc 124k 11209" $mnt/f3
xfs_io -f -c "reflink $mnt/s1/f2 276k 964k 0" $mnt/f4
xfs_io -f -c "pwrite 364k 4k" $mnt/f2
xfs_io -c "pwrite -S 0x62 -b 1m 892k 3m" $mnt/f0
xfs_io -c "pwrite -S 0x63 420k 4m" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f2 228k 0 318147" $mnt/f3
xfs_io -c "falloc 344k 20k" $mnt/f2
xfs_io -c "pwrite 2519040 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1560576 7189" $mnt/s1/f1
xfs_io -c "pwrite -S 0x62 135547 192k" $mnt/f3
xfs_io -c "pwrite -S 0x63 1968316 10743" $mnt/s1/f1
xfs_io -c "reflink $mnt/s1/f2 300k 152k 188k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "dedupe $mnt/s2/f3 160k 0 172411" $mnt/s1/f0
rm $mnt/s1/f3
xfs_io -f -c "pwrite -S 0xcd 72069 48k" -c "fsync" $mnt/s1/f2
xfs_io -c "pwrite -S 0x63 512k 8k" -c "fsync" $mnt/s2/f4
xfs_io -c "falloc -k 332k 216k" $mnt/s2/f2
xfs_io -f -c "pwrite 497264 4k" -c "fsync" $mnt/s2/f4
