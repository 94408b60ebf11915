# extsim conformance workload, gen.py seed 315
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 525347 410" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 596k 56k" -c "fdatasync" $mnt/f0
xfs_io -c "falloc -k 242587 140k" $mnt/f0
xfs_io -c "pwrite -S 0x63 20k 60k" $mnt/f0
xfs_io -c "truncate 596k" $mnt/f0
xfs_io -c "pwrite -S 0x62 436k 4k" $mnt/f0
xfs_io -c "falloc -k 180467 44k" $mnt/f0
xfs_io -c "pwrite -S 0x61 492k 8k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fpunch 320k 64k" $mnt/f0
xfs_io -c "pwrite -S 0x63 400k 3m" $mnt/f0
xfs_io -c "falloc 964128 11004" $mnt/f0
xfs_io -c "dedupe $mnt/f0 912k 2154496 16k" $mnt/f0
xfs_io -c "reflink $mnt/f0 2117632 912k 860k" $mnt/f0
xfs_io -c "reflink $mnt/f0 875356 352k 60k" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "falloc -k 1183744 16k" $mnt/f0
xfs_io -c "falloc -k 1770610 24k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 496k 0 3051520" $mnt/f0
xfs_io -c "fpunch 104k 60k" $mnt/f0
xfs_io -c "pwrite -S 0x61 168k 20k" $mnt/f0
xfs_io -c "falloc -k 111817 3234" $mnt/f0
xfs_io -c "pwrite -S 0x63 2859008 52k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1953792 2416640 1105920" $mnt/f0
xfs_io -c "reflink $mnt/f0 768k 2236416 832k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 3514368 28k" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "reflink $mnt/f0 2609152 2375680 928k" $mnt/f0
sync
xfs_io -c "pwrite -S 0xcd 3308641 28k" $mnt/f0
xfs_io -c "truncate 142749" $mnt/f0
sync
md5sum $mnt/f0
xfs_io -c "pwrite -S 0x62 128k 4393" $mnt/f0
xfs_io -c "fzero 84k 8k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 0 88k 20k" $mnt/f0
xfs_io -c "truncate 91402" $mnt/f0
xfs_io -c "pwrite -S 0x61 992k 152k" $mnt/f0
xfs_io -c "falloc 404k 20k" $mnt/f0
sync
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "dedupe $mnt/f0 232k 768k 8k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s2
md5sum $mnt/s2/f0
xfs_io -f -c "pwrite -S 0x63 780k 56k" $mnt/s2/f0
xfs_io -c "pwrite -S 0x61 168k 60k" $mnt/s2/f0
xfs_io -c "dedupe $mnt/s1/f0 308k 0 840k" $mnt/f0
xfs_io -f -c "falloc -k 304k 12010" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 902248 116k" $mnt/f2
xfs_io -r -c "fiemap -v" $mnt/s2/f0
xfs_io -c "reflink $mnt/f2 288k 824k 92k" $mnt/s2/f0
