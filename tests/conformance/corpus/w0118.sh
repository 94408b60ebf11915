# extsim conformance workload, gen.py seed 118
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x62 676k 44k" $mnt/sv/g0
sync
xfs_io -f -c "pwrite -S 0x61 772k 224k" $mnt/f0
xfs_io -c "fdatasync" $mnt/sv/g0
xfs_io -c "reflink $mnt/f0 0 487020 4056" $mnt/sv/g0
xfs_io -c "fpunch 458121 136k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 216k 2919" $mnt/sv/g0
xfs_io -c "falloc 420k 204k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 120k 240k" -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/sv/g0 792k 776k 20k" $mnt/sv/g0
chattr +C $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 860k 56k" $mnt/f0
xfs_io -c "fdatasync" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 661623 52k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x63 -b 1m 396k 1m" $mnt/sv/g1
xfs_io -c "reflink $mnt/f0 652k 464k 8k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 1114112 60k" $mnt/sv/g1
xfs_io -c "fpunch 108k 36k" $mnt/sv/g0
xfs_io -c "fzero 292k 48k" $mnt/f0
xfs_io -c "reflink $mnt/f0 696k 244k 304k" $mnt/sv/g0
sync
xfs_io -c "fpunch 268498 2m" $mnt/f0
xfs_io -c "falloc 1089536 4762" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x63 775536 252k" -c "fdatasync" $mnt/sv/g2
xfs_io -f -c "reflink $mnt/f0 844k 208k 64k" $mnt/sv/g3
xfs_io -c "fpunch 172k 44k" $mnt/sv/g3
xfs_io -f -c "falloc -k 225644 52k" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 696k 24k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 728k 100k" $mnt/sv/g1
sync
umount $mnt
mount $dev $mnt
xfs_io -c "falloc 224k 12k" $mnt/sv/g3
xfs_io -r -c "fiemap -v" $mnt/sv/g3
xfs_io -f -c "pwrite -S 0x63 568k 48k" $mnt/f2
xfs_io -c "pwrite -S 0x63 1114112 64k" $mnt/sv/g1
xfs_io -c "reflink $mnt/f2 440k 92k 4k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x62 702637 56k" $mnt/sv/g1
sync
xfs_io -c "reflink $mnt/f1 0 408k 4k" $mnt/sv/g2
xfs_io -c "pwrite -S 0x62 49707 32k" $mnt/sv/g0
xfs_io -c "fzero -k 845012 5913" $mnt/sv/g2
xfs_io -c "falloc 843499 8k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 576k 64k 4k" $mnt/f0
md5sum $mnt/sv/g2
xfs_io -c "dedupe $mnt/sv/g1 1265664 0 188k" $mnt/f0
xfs_io -c "falloc -k 280k 8k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 260k 24k" $mnt/f2
chattr +C $mnt/sv/g3
md5sum $mnt/sv/g3
xfs_io -f -c "pwrite -S 0x61 916k 20k" $mnt/sv/g4
xfs_io -c "reflink $mnt/sv/g3 260k 180k 4k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/f1 0 232k 20k" $mnt/f0
xfs_io -c "falloc -k 232k 144k" $mnt/sv/g2
xfs_io -c "pwrite -S 0x61 940k 48k" $mnt/f0
xfs_io -c "pwrite -S 0x63 892k 52k" $mnt/sv/g4
xfs_io -f -c "pwrite -S 0xcd 932k 40k" $mnt/f3
xfs_io -c "reflink $mnt/sv/g4 48k 44k 20k" $mnt/sv/g4
xfs_io -c "falloc -k 864k 10946" $mnt/sv/g2
umount $mnt
mount $dev $mnt
xfs_io -c "reflink $mnt/f2" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 604k 20k" $mnt/sv/g4
xfs_io -c "reflink $mnt/f0 172k 112k 44k" $mnt/sv/g3
xfs_io -c "falloc -k 316k 10178" $mnt/sv/g1
xfs_io -c "pwrite -S 0x61 308128 60k" $mnt/sv/g0
xfs_io -f -c "falloc -k 628k 48k" $mnt/sv/g5
xfs_io -c "pwrite -S 0x62 556k 2m" $mnt/sv/g2
