# extsim conformance workload, gen.py seed 207
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x62 992k 6016" -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 840k 192k 16k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 40k 68k 8k" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0x63 520k 164k" -c "fdatasync" $mnt/f0
xfs_io -c "fpunch 884k 28k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
md5sum $mnt/f0
xfs_io -c "reflink $mnt/f0 508k 36k 104k" $mnt/f0
touch $mnt/sv/g1
chattr +C $mnt/sv/g1
sync
sync
sync
sync
xfs_io -c "pwrite 44k 52k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0xcd 148k 60k" $mnt/f0
xfs_io -c "truncate 834656" $mnt/f0
xfs_io -c "dedupe $mnt/f0 120k 68k 16k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "falloc -k 4k 44k" $mnt/f0
xfs_io -f -c "truncate 222933" $mnt/f1
xfs_io -f -c "falloc 736k 120k" $mnt/f2
xfs_io -c "falloc 36k 60k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x62 88k 168k" -c "fsync" $mnt/sv/g0
xfs_io -c "dedupe $mnt/f0 232k 0 601184" $mnt/f2
xfs_io -c "pwrite -S 0x61 221186 8k" $mnt/f2
xfs_io -c "reflink $mnt/sv/g1 32k 268k 72k" $mnt/f0
xfs_io -c "pwrite -S 0x63 84k 56k" $mnt/sv/g0
md5sum $mnt/f2
chattr +C $mnt/sv/g0
xfs_io -c "dedupe $mnt/f1 80k 148k 12k" $mnt/sv/g0
xfs_io -f -c "pwrite 6026 64k" -c "fdatasync" $mnt/sv/g2
md5sum $mnt/f1
xfs_io -c "reflink $mnt/f2 376k 24k 480k" $mnt/f1
umount $mnt
mount $dev $mnt
xfs_io -c "reflink $mnt/f2 116k 124k 24k" $mnt/f2
xfs_io -c "dedupe $mnt/f2 144k 0 716k" $mnt/sv/g2
umount $mnt
mount $dev $mnt
rm $mnt/sv/g2
xfs_io -c "falloc 194952 184k" $mnt/sv/g0
rm -f $mnt/f1
xfs_io -f -c "truncate 77589" $mnt/f1
xfs_io -c "dedupe $mnt/sv/g0 128k 0 256392" $mnt/sv/g0
xfs_io -c "falloc -k 716k 2m" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 200k 56k" $mnt/f1
xfs_io -c "pwrite -S 0x61 152412 152k" $mnt/sv/g0
xfs_io -c "fpunch 64k 12k" $mnt/f0
xfs_io -c "falloc -k 133646 8642" $mnt/sv/g0
xfs_io -c "falloc 32k 64k" $mnt/f1
xfs_io -c "truncate 496k" $mnt/sv/g0
xfs_io -c "reflink $mnt/f2 344k 280k 260k" $mnt/f0
