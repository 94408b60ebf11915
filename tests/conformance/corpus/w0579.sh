# extsim conformance workload, gen.py seed 579
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 1675264 12k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1679360 644k 24k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1658880 1581056 20k" $mnt/f0
xfs_io -f -c "falloc 120k 52k" $mnt/f1
xfs_io -c "fzero 652k 534" $mnt/f0
xfs_io -c "falloc -k 232k 40k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 1167360 8k" -c "fsync" $mnt/f0
xfs_io -f -c "falloc -k 1451796 48k" $mnt/f2
xfs_io -c "falloc 3047424 1m" $mnt/f2
xfs_io -f -c "pwrite -S 0xcd 614551 16k" -c "fdatasync" $mnt/f2
xfs_io -c "truncate 1113725" $mnt/f2
xfs_io -f -c "pwrite -S 0xcd 140k 9636" -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 528k 48k" $mnt/f2
md5sum $mnt/f0
xfs_io -f -c "pwrite -S 0x62 7921664 52k" -c "fdatasync" $mnt/f2
xfs_io -c "falloc -k 921087 8902" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f1
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -f -c "reflink $mnt/s1/f2 3850240 8282112 1650688" $mnt/f3
xfs_io -c "pwrite -S 0x61 4282012 56k" $mnt/f0
xfs_io -c "truncate 108k" $mnt/f1
xfs_io -c "reflink $mnt/f3 9285632 744k 640k" $mnt/f0
xfs_io -c "pwrite -S 0x63 2682880 48k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 5529600 8k" $mnt/f4
xfs_io -c "pwrite -S 0x63 3794742 36k" $mnt/f0
xfs_io -c "reflink $mnt/f0" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 2650112 52k" $mnt/f2
xfs_io -c "truncate 8122368" $mnt/f2
xfs_io -f -c "falloc -k 3215360 84k" $mnt/f5
xfs_io -c "falloc 3497984 108" $mnt/f3
xfs_io -c "reflink $mnt/f1 32k 5124096 40k" $mnt/f4
xfs_io -c "pwrite -S 0x63 2795654 36k" $mnt/f0
xfs_io -f -c "reflink $mnt/s1/f2 5005312 5033984 156k" $mnt/f6
xfs_io -f -c "pwrite -S 0x61 2375680 44k" $mnt/f6
md5sum $mnt/f3
umount $mnt
mount $dev $mnt
xfs_io -c "falloc -k 3506176 12k" $mnt/f2
xfs_io -c "dedupe $mnt/f2 6434816 572k 8k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f1 104k 48k 24k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f1 0 1012k 160k" $mnt/f3
xfs_io -c "dedupe $mnt/s1/f2 4001659 4095652 60k" $mnt/f4
