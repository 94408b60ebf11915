# extsim conformance workload, gen.py seed 526 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 10194944 4k" $mnt/f0
xfs_io -c "pwrite -S 0x63 22843392 204k" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 -b 1m 14577664 8m" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 8077312 88k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "fzero 17752064 64k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f0 17330176 14598144 4k" $mnt/f0
xfs_io -f -c "falloc -k 2105344 10210" $mnt/s1/g0
md5sum $mnt/f0
xfs_io -f -c "reflink $mnt/s1/g0 0 29421568 4k" $mnt/f1
xfs_io -c "truncate 6651904" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/g0 0 4206592 0" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 -b 1m 20209664 8m" $mnt/f0
xfs_io -c "pwrite -b 1m 6410240 11m" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "reflink $mnt/f0 22507520 4837376 2818048" $mnt/f1
xfs_io -c "falloc -k 460316 40k" $mnt/f1
xfs_io -c "truncate 12328960" $mnt/f0
xfs_io -c "reflink $mnt/f1 5193728 1900544 60k" $mnt/s1/f0
xfs_io -c "falloc 2895872 20k" $mnt/s1/f0
sync
xfs_io -c "reflink $mnt/s1/g0 0 2105344 4k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 25477120 40k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 1974272 172k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 2850816 208k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 1286144 2375680 12k" $mnt/s1/f0
xfs_io -c "pwrite -S 0xcd 1179648 56k" -c "fsync" $mnt/f0
xfs_io -c "fdatasync" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 -b 1m 10481664 3m" $mnt/f0
xfs_io -c "reflink $mnt/f1 4247552 20705280 624k" $mnt/f1
xfs_io -c "reflink $mnt/f0 1986560 20729856 1732608" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x61 -b 1m 3510272 14m" $mnt/f0
xfs_io -c "pwrite -S 0x62 2187264 52k" $mnt/s1/f0
