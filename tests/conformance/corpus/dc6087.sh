# extsim conformance workload, gen.py seed 6087 --drop-caches 0.08
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 6299270 9713" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite -S 0xcd 4825088 56k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0" $mnt/f0
xfs_io -c "reflink $mnt/f0 4165632 5160960 608k" $mnt/f0
sync
touch $mnt/s1/g0
chattr +C $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/f0 1097728 4235264 3850240" $mnt/s1/g0
xfs_io -f -c "reflink $mnt/s1/g0 2162688 1282048 1974272" $mnt/f1
xfs_io -c "falloc 5472256 56k" $mnt/s1/g0
xfs_io -c "truncate 1441792" $mnt/s1/f0
sync
xfs_io -c "falloc -k 8351744 84k" $mnt/s1/f0
xfs_io -c "falloc -k 1987729 32k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 1056768 2867200 384k" $mnt/s1/g0
umount $mnt
mount $dev $mnt
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "reflink $mnt/s1/f0 976k 976k 8k" $mnt/s1/f0
sync
xfs_io -c "pwrite -S 0x61 160k 40k" -c "fsync" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x61 3944448 196k" $mnt/f2
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "reflink $mnt/s1/f0 348k 7589888 200k" $mnt/f0
xfs_io -c "pwrite -S 0x63 816k 28k" $mnt/s1/f0
xfs_io -c "truncate 3399680" $mnt/s1/g0
xfs_io -c "reflink $mnt/f2 1150976 5935104 2785280" $mnt/f0
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "reflink $mnt/f1 2514944 8269824 120k" $mnt/f2
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -f -c "reflink $mnt/f2 2957312 2260992 5439488" $mnt/f3
chattr +C $mnt/f2
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0xcd 3780608 24k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/g0 952k 44k 20k" $mnt/f0
sync
echo 3 > /proc/sys/vm/drop_caches
rm $mnt/s1/g0
xfs_io -c "dedupe $mnt/f3 0 0 28k" $mnt/f3
xfs_io -c "fpunch 2994587 60k" $mnt/f1
xfs_io -c "dedupe $mnt/f2 860k 864k 16k" $mnt/f2
rm $mnt/s2/f0
xfs_io -c "dedupe $mnt/s2/f2 3219456 0 16k" $mnt/f3
xfs_io -c "truncate 3743744" $mnt/f2
chattr +C $mnt/f3
xfs_io -f -c "pwrite -S 0x61 612k 252k" $mnt/s1/f0
xfs_io -c "reflink $mnt/s2/f1 1388544 2809856 1404928" $mnt/f0
xfs_io -c "dedupe $mnt/f0 2351104 28k 12k" $mnt/f0
xfs_io -c "reflink $mnt/s2/f1 1826816 496k 296k" $mnt/s1/f0
xfs_io -c "fdatasync" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 2211840 48k" $mnt/f1
xfs_io -c "fpunch 2297856 8609" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 2929902 28k" $mnt/f1
xfs_io -c "dedupe $mnt/f3 6332416 8245248 1411" $mnt/f3
xfs_io -c "pwrite -S 0xcd 172k 84k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f2 3690496 24k 8k" $mnt/f0
xfs_io -c "fpunch 1306624 24k" $mnt/s1/f0
sync
echo 2 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite -S 0x61 544k 16k" $mnt/f1
xfs_io -c "reflink $mnt/s2/f0 7389184 1253376 76k" $mnt/f1
umount $mnt
mount $dev $mnt
