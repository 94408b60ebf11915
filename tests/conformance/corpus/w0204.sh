# extsim conformance workload, gen.py seed 204
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 320k 60k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 120k 416k 268k" $mnt/f1
xfs_io -c "fzero -k 563290 220k" $mnt/f0
xfs_io -c "pwrite 228k 12k" $mnt/f0
xfs_io -f -c "falloc 300k 52k" $mnt/f2
xfs_io -c "truncate 854356" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 392k 100k" $mnt/f3
xfs_io -c "reflink $mnt/f2 60k 188k 28k" $mnt/f2
xfs_io -f -c "pwrite 332k 24k" $mnt/f1
xfs_io -c "reflink $mnt/f1 416k 416k 236k" $mnt/f2
umount $mnt
mount $dev $mnt
xfs_io -c "fpunch 412606 4m" $mnt/f2
xfs_io -c "dedupe $mnt/f3 4k 8k 16k" $mnt/f0
xfs_io -c "reflink $mnt/f1 296k 324k 112k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 332k 8k" -c "fdatasync" $mnt/f2
xfs_io -c "falloc -k 192k 48k" $mnt/f3
xfs_io -c "reflink $mnt/f1 540k 184k 0" $mnt/f3
xfs_io -c "pwrite -S 0x62 200k 16k" $mnt/f2
xfs_io -c "pwrite -S 0xcd 12k 24k" -c "fsync" $mnt/f2
rm -f $mnt/f2
xfs_io -f -c "pwrite 349324 52k" $mnt/f3
xfs_io -c "pwrite -S 0x61 900k 4k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 88k 0 28k" $mnt/f3
xfs_io -c "dedupe $mnt/f0 292k 0 148k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 666078 16k" $mnt/f1
xfs_io -f -c "falloc -k 720k 32k" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s1
touch $mnt/s1/g0
chattr +C $mnt/s1/g0
md5sum $mnt/s1/f1
xfs_io -c "falloc -k 513120 116k" $mnt/s1/f2
xfs_io -c "fzero 104k 1m" $mnt/f1
xfs_io -c "falloc 220k 44k" $mnt/f3
xfs_io -f -c "falloc -k 20k 20k" $mnt/s1/g1
sync
xfs_io -r -c "fiemap -v" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f3 268k 12k 32k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f3 352k 372k 16k" $mnt/f3
xfs_io -f -c "pwrite -S 0xcd 360k 64k" $mnt/f4
xfs_io -c "pwrite -S 0x62 936k 48k" $mnt/s1/f3
xfs_io -f -c "pwrite -S 0x62 148k 4k" $mnt/s1/g2
chattr +C $mnt/s1/f3
xfs_io -c "fzero -k 584k 32k" $mnt/s1/f3
xfs_io -c "dedupe $mnt/f4 372k 132k 32k" $mnt/f4
sync
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 992k 140k" $mnt/s1/f0
rm $mnt/f4
xfs_io -c "fdatasync" $mnt/s1/g1
