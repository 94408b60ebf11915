# extsim conformance workload, gen.py seed 53
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume snapshot $mnt $mnt/s1
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -f -c "pwrite -S 0x63 692k 20k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 205367 44k" -c "fdatasync" $mnt/f0
umount $mnt
mount $dev $mnt
sync
xfs_io -c "fzero 156k 64k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 932k 11016" $mnt/s2/g0
xfs_io -c "pwrite -S 0x62 267815 24k" $mnt/s2/g0
xfs_io -c "fpunch 532k 64k" $mnt/f0
xfs_io -f -c "pwrite 1775116 2069" $mnt/f0
xfs_io -c "falloc 877905 2960" $mnt/s2/g0
xfs_io -f -c "falloc 392k 9238" $mnt/s1/g0
xfs_io -c "pwrite -S 0xcd 1507328 36k" $mnt/s2/g0
xfs_io -c "dedupe $mnt/s2/g0 708k 180k 12k" $mnt/s2/g0
xfs_io -c "pwrite 8k 60k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 132k 196k" -c "fdatasync" $mnt/s1/g0
xfs_io -c "fzero 72k 8k" $mnt/s2/g0
sync
rm -f $mnt/s2/g0
xfs_io -c "reflink $mnt/f0 1220608 884k 56k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g0 196k 136k 28k" $mnt/s1/g0
md5sum $mnt/s1/g0
xfs_io -c "falloc 832k 52k" $mnt/f0
xfs_io -c "falloc 836k 56k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 104k 64k" -c "fdatasync" $mnt/s1/g0
xfs_io -c "fpunch 576k 16k" $mnt/f0
rm -f $mnt/f0
xfs_io -c "fpunch 316k 3303" $mnt/s1/g0
xfs_io -c "fsync" $mnt/s1/g0
xfs_io -c "fdatasync" $mnt/s1/g0
xfs_io -c "falloc 107844 8k" $mnt/s1/g0
xfs_io -f -c "pwrite 404k 168k" $mnt/s1/g0
xfs_io -c "fpunch 667558 44k" $mnt/s1/g0
xfs_io -f -c "pwrite 592k 44k" $mnt/s1/g0
xfs_io -f -c "falloc -k 1582568 120k" $mnt/f0
xfs_io -c "reflink $mnt/s1/g0 340k 184k 612k" $mnt/f0
xfs_io -c "fpunch 904k 4k" $mnt/f0
xfs_io -f -c "falloc -k 1900544 24k" $mnt/f1
umount $mnt
mount $dev $mnt
xfs_io -c "fpunch 1142784 2254" $mnt/f1
xfs_io -f -c "falloc 688k 16k" $mnt/f2
xfs_io -c "fsync" $mnt/f1
xfs_io -c "dedupe $mnt/s1/g0 644k 52k 4k" $mnt/f2
xfs_io -c "pwrite 544k 164k" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 108k 2m" $mnt/f2
xfs_io -c "reflink $mnt/f2 1966080 136k 28k" $mnt/f2
xfs_io -c "truncate 1271862" $mnt/f1
xfs_io -c "dedupe $mnt/f1 960k 8k 32k" $mnt/f0
xfs_io -c "falloc 388k 200k" $mnt/f2
touch $mnt/s2/g0
chattr +C $mnt/s2/g0
xfs_io -c "reflink $mnt/f0 108k 260k 16k" $mnt/f1
xfs_io -c "pwrite -S 0x63 -b 1m 514314 3m" $mnt/f2
xfs_io -c "truncate 2056192" $mnt/f2
xfs_io -c "truncate 676k" $mnt/f1
xfs_io -c "fsync" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 493847 3950" $mnt/f0
xfs_io -c "falloc 724k 36k" $mnt/f2
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "reflink $mnt/f1 404k 1306624 200k" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 1859584 10122" -c "fdatasync" $mnt/s2/g0
