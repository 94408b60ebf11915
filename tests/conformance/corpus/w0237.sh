# extsim conformance workload, gen.py seed 237
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x63 20k 11288" $mnt/sv/g0
xfs_io -c "falloc 0 252k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 220k 60k 36k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 24k 112k 168k" $mnt/sv/g0
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 36k 5559" -c "fdatasync" $mnt/sv/g0
xfs_io -f -c "falloc -k 860k 32k" $mnt/f0
touch $mnt/sv/g1
chattr +C $mnt/sv/g1
xfs_io -c "truncate 844k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g1 608k 0 240k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x61 187951 220k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 124k 44k 4k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
rm $mnt/s1/f0
xfs_io -c "dedupe $mnt/f0 121628 823799 184k" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g1 492k 376k 284k" $mnt/f0
xfs_io -c "pwrite 570000 48k" $mnt/sv/g0
xfs_io -c "fzero 240k 16k" $mnt/f0
xfs_io -c "reflink $mnt/f0 76k 428k 156k" $mnt/sv/g1
xfs_io -c "falloc 3299 52k" $mnt/f0
sync
sync
touch $mnt/s1/g0
chattr +C $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x62 380k 232k" $mnt/f0
sync
md5sum $mnt/s1/g0
xfs_io -c "dedupe $mnt/f0 564k 416k 20k" $mnt/f0
xfs_io -c "reflink $mnt/s1/g0 0 264k 4k" $mnt/f0
xfs_io -c "reflink $mnt/s1/g0 0 164k 4k" $mnt/f0
xfs_io -c "reflink $mnt/sv/g0 84k 564k 92k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 173353 8936" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 527447 7098" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x61 549995 44k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 444k 24k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 436k 44k" $mnt/s1/g0
xfs_io -c "falloc -k 604k 52k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 585419 3m" $mnt/f1
xfs_io -c "truncate 292k" $mnt/sv/g0
xfs_io -c "reflink $mnt/s1/g0 220k 716k 204k" $mnt/f1
xfs_io -c "truncate 320k" $mnt/sv/g0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "reflink $mnt/s2/f1 1966080 2056192 20k" $mnt/s2/f1
xfs_io -c "falloc 764k 24k" $mnt/f0
xfs_io -c "reflink $mnt/s2/f0 112k 232k 88k" $mnt/s2/f0
xfs_io -c "pwrite -S 0x63 316k 20k" $mnt/s1/g0
xfs_io -c "falloc -k 465173 52k" $mnt/f0
xfs_io -c "fsync" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 2854912 4441" $mnt/s2/f1
xfs_io -c "pwrite 953693 32k" -c "fsync" $mnt/sv/g0
xfs_io -c "dedupe $mnt/s2/f0 516k 396k 8k" $mnt/f0
xfs_io -c "dedupe $mnt/sv/g0 428k 0 32k" $mnt/s1/g0
rm -f $mnt/sv/g1
xfs_io -f -c "falloc 256k 116k" $mnt/sv/g1
sync
xfs_io -f -c "pwrite -S 0x61 496851 100k" $mnt/sv/g2
xfs_io -c "dedupe $mnt/s2/f0 604k 488k 12k" $mnt/sv/g0
xfs_io -r -c "fiemap -v" $mnt/s2/f0
xfs_io -c "pwrite -S 0xcd 536k 16k" $mnt/sv/g2
xfs_io -c "fsync" $mnt/f1
xfs_io -c "dedupe $mnt/sv/g1 328k 20k 32k" $mnt/f0
xfs_io -c "falloc 1970176 3789" $mnt/f1
xfs_io -f -c "pwrite 0 56k" $mnt/sv/g2
