# extsim conformance workload, gen.py seed 83
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
sync
xfs_io -f -c "pwrite -S 0x63 168k 2516" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 348285 7645" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 304k 164k 24k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 64k 912k 8k" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 80345 12k" $mnt/sv/g0
xfs_io -c "falloc 348k 40k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 752k 740k 32k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 488k 52k" $mnt/sv/g0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -f -c "pwrite -S 0x61 76k 8372" $mnt/f1
xfs_io -c "reflink $mnt/f1 52k 132k 28k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 128k 156k 20k" $mnt/sv/g0
xfs_io -c "falloc 688k 4m" $mnt/sv/g0
xfs_io -c "reflink $mnt/f1 132k 3043328 20k" $mnt/sv/g0
touch $mnt/sv/g2
chattr +C $mnt/sv/g2
xfs_io -c "dedupe $mnt/f1 36k 88k 20k" $mnt/f1
xfs_io -c "fpunch 12k 12k" $mnt/f1
xfs_io -c "pwrite -S 0x62 1351680 20k" -c "fsync" $mnt/sv/g0
xfs_io -f -c "reflink $mnt/sv/g2 0 56k 4k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/f1 116k 20k 24k" $mnt/f1
xfs_io -c "falloc -k 92724 52k" $mnt/f1
xfs_io -c "falloc 692k 200k" $mnt/sv/g2
sync
xfs_io -c "pwrite -S 0x63 32k 172k" $mnt/sv/g2
xfs_io -c "fpunch 68k 40k" $mnt/f1
xfs_io -c "falloc -k 37256 60k" $mnt/sv/g0
rm -f $mnt/sv/g0
xfs_io -c "reflink $mnt/f1 60k 776k 68k" $mnt/sv/g2
xfs_io -c "reflink $mnt/f1 48k 160k 24k" $mnt/f1
sync
xfs_io -c "reflink $mnt/sv/g1 0 140k 4k" $mnt/sv/g2
xfs_io -c "pwrite -S 0x61 668k 64k" $mnt/sv/g1
xfs_io -c "falloc -k 552k 32k" $mnt/sv/g2
xfs_io -c "pwrite -S 0xcd 8k 32k" $mnt/f1
xfs_io -f -c "reflink $mnt/f1 124k 480k 0" $mnt/f0
xfs_io -c "falloc 268k 8483" $mnt/f0
xfs_io -c "fpunch 20k 28k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x61 29803 40k" $mnt/sv/g1
xfs_io -c "falloc 376k 32k" $mnt/sv/g1
xfs_io -c "fzero -k 884k 52k" $mnt/sv/g2
xfs_io -c "dedupe $mnt/sv/g2 500k 24k 16k" $mnt/f0
rm $mnt/f0
xfs_io -c "dedupe $mnt/sv/g1 116k 0 620k" $mnt/sv/g1
xfs_io -c "fpunch 1000k 16k" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g1 664k 84k 64k" $mnt/f1
xfs_io -c "truncate 744k" $mnt/sv/g2
xfs_io -c "pwrite 614792 48k" $mnt/sv/g1
xfs_io -c "pwrite 480k 24k" $mnt/sv/g2
xfs_io -c "pwrite -S 0x62 352k 8k" $mnt/sv/g2
xfs_io -f -c "reflink $mnt/f1 76k 40k 88k" $mnt/sv/g0
xfs_io -c "pwrite 880k 32k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x61 700k 2723" $mnt/sv/g1
md5sum $mnt/sv/g1
