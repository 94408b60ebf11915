# extsim conformance workload, gen.py seed 551
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "truncate 32k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 4k 0 24k" $mnt/f0
xfs_io -c "reflink $mnt/f0 16k 28k 12k" $mnt/f0
xfs_io -c "pwrite -S 0x61 4k 44k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 0 44k" $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x62 36k 40k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 8k 28k 4k" $mnt/f0
xfs_io -f -c "falloc 448k 236k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 8k 76k 28k" $mnt/f1
chattr +C $mnt/f0
xfs_io -c "pwrite 920633 10779" $mnt/f1
xfs_io -c "pwrite -S 0x61 72k 60k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 68k 44k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 84k 4k 24k" $mnt/f0
xfs_io -c "falloc 756k 48k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 64k 36k" $mnt/f0
xfs_io -c "pwrite -S 0x61 72k 20k" $mnt/f0
md5sum $mnt/f0
xfs_io -f -c "pwrite -S 0x63 636k 16k" $mnt/f2
xfs_io -c "pwrite 124k 4k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 92k 204k 44k" $mnt/f3
xfs_io -c "dedupe $mnt/f0 92k 36k 4k" $mnt/f0
xfs_io -c "pwrite 712k 56k" $mnt/f1
xfs_io -c "fpunch 36k 40k" $mnt/f0
xfs_io -c "truncate 470211" $mnt/f1
xfs_io -c "reflink $mnt/f1 248k 432k 140k" $mnt/f1
md5sum $mnt/f2
xfs_io -c "reflink $mnt/f3" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "reflink $mnt/f0 0 48k 4k" $mnt/s1/f0
touch $mnt/s1/g2
chattr +C $mnt/s1/g2
xfs_io -r -c "fiemap -v" $mnt/s1/f2
xfs_io -f -c "pwrite -S 0x61 164k 11396" $mnt/s1/g2
xfs_io -f -c "pwrite -S 0x63 528k 24k" $mnt/s1/f2
xfs_io -c "reflink $mnt/s1/f2 484k 508k 64k" $mnt/s1/f1
xfs_io -c "falloc 305696 3m" $mnt/s1/f2
xfs_io -c "reflink $mnt/s1/f3 0 108k 4k" $mnt/s1/f1
xfs_io -c "pwrite -S 0x62 776k 48k" $mnt/f3
xfs_io -c "fpunch 485274 60k" $mnt/s1/f1
chattr +C $mnt/f2
xfs_io -f -c "pwrite -S 0x62 292k 112k" $mnt/f4
xfs_io -c "pwrite -S 0x63 -b 1m 88k 2m" $mnt/s1/f3
xfs_io -f -c "pwrite -S 0x61 952k 4085" $mnt/s1/f1
xfs_io -f -c "falloc 64k 56k" $mnt/f5
xfs_io -c "pwrite -S 0x61 96k 36k" $mnt/f4
xfs_io -f -c "pwrite 308k 84k" $mnt/s1/f3
xfs_io -c "dedupe $mnt/f1 360k 0 8k" $mnt/f5
xfs_io -c "dedupe $mnt/f4 24k 48k 32k" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 808k 200k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x62 812k 64k" -c "fsync" $mnt/f6
xfs_io -c "dedupe $mnt/f0 0 552k 24k" $mnt/f1
chattr +C $mnt/f0
xfs_io -c "fpunch 928k 156k" $mnt/f0
xfs_io -c "pwrite -S 0x62 776k 12k" $mnt/f6
xfs_io -c "pwrite -S 0x63 495132 48k" $mnt/s1/f1
xfs_io -c "dedupe $mnt/s1/f3 412k 400k 12k" $mnt/s1/f3
umount $mnt
mount $dev $mnt
