# extsim conformance workload, gen.py seed 96
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x63 92747 36k" $mnt/f0
xfs_io -c "pwrite -S 0x62 2002944 44k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1056768 1560576 980k" $mnt/f0
rm $mnt/f0
xfs_io -f -c "falloc -k 792k 8k" $mnt/sv/g0
xfs_io -f -c "falloc 1777664 28k" $mnt/sv/g1
touch $mnt/f0
chattr +C $mnt/f0
xfs_io -f -c "pwrite 541380 4k" $mnt/sv/g0
xfs_io -c "reflink $mnt/f0 0 216k 4k" $mnt/f0
rm -f $mnt/sv/g1
xfs_io -c "falloc -k 492718 240k" $mnt/f0
xfs_io -c "pwrite -S 0x62 88411 40k" $mnt/sv/g0
rm -f $mnt/f0
xfs_io -c "reflink $mnt/sv/g0 432k 88k 115396" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 84k 272k 352k" $mnt/sv/g0
xfs_io -c "fpunch 260k 60k" $mnt/sv/g0
xfs_io -f -c "pwrite 1437696 20k" $mnt/sv/g0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -c "pwrite -S 0x63 324k 10787" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 651240 40k" $mnt/f1
xfs_io -c "reflink $mnt/f1 416k 924k 120k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 776k 212k" -c "fdatasync" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0xcd 2031616 44k" $mnt/sv/g1
xfs_io -c "reflink $mnt/f1 572k 2076672 40k" $mnt/f1
xfs_io -c "dedupe $mnt/sv/g1 1564672 56k 20k" $mnt/f1
xfs_io -c "pwrite -S 0x62 454391 12k" $mnt/sv/g0
xfs_io -c "falloc 885003 160k" $mnt/sv/g1
xfs_io -c "falloc 1073152 52k" $mnt/f1
sync
chattr +C $mnt/sv/g1
xfs_io -c "falloc 1730776 16k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x63 64k 11368" $mnt/f1
xfs_io -c "falloc 1626112 136k" $mnt/sv/g1
xfs_io -c "pwrite 1507328 24k" -c "fdatasync" $mnt/f1
xfs_io -c "fdatasync" $mnt/f1
xfs_io -c "dedupe $mnt/f1 832k 936k 2890" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g1 1949696 1179648 32k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g1 1839104 4k 20k" $mnt/f1
xfs_io -c "reflink $mnt/f1 1748992 412k 344k" $mnt/sv/g1
sync
xfs_io -f -c "pwrite -S 0x63 144k 144k" -c "fsync" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g0 268k 40k 24k" $mnt/f1
xfs_io -c "falloc -k 184k 96k" $mnt/sv/g0
xfs_io -c "fdatasync" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g1 248k 156k 8k" $mnt/sv/g1
