# extsim conformance workload, gen.py seed 3
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite 1085440 64k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 270162 40k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1863680 766509 36k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 688k 572k 352k" $mnt/f0
sync
chattr +C $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
sync
xfs_io -c "dedupe $mnt/f0 984k 60k 8k" $mnt/f0
xfs_io -c "pwrite -S 0x61 317142 96k" $mnt/f0
xfs_io -c "fzero 1167360 3m" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 1708032 8k" $mnt/f0
xfs_io -c "fzero -k 840k 196k" $mnt/s1/f0
xfs_io -c "falloc 528k 4k" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -f -c "truncate 80k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g0 40k 0 44k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 60k 172k 4k" $mnt/s1/f0
xfs_io -c "falloc 3054626 36k" $mnt/s1/f0
xfs_io -c "falloc 1191936 8193" $mnt/f0
xfs_io -c "pwrite -S 0x61 1568768 16k" $mnt/s1/f0
sync
xfs_io -c "reflink $mnt/f0 1191936 1179648 4k" $mnt/f0
xfs_io -f -c "reflink $mnt/s1/g0 32k 1425408 60k" $mnt/s1/g1
xfs_io -c "pwrite 52k 136k" $mnt/s1/g0
xfs_io -c "truncate 636k" $mnt/s1/g1
xfs_io -f -c "reflink $mnt/s1/f0" $mnt/s1/g2
xfs_io -c "reflink $mnt/s1/g0 56k 980k 20k" $mnt/s1/g2
xfs_io -f -c "pwrite -S 0x61 3604480 12211" -c "fdatasync" $mnt/s1/g2
xfs_io -f -c "pwrite -S 0x61 639490 64k" $mnt/s1/g1
xfs_io -f -c "reflink $mnt/s1/f0 2293760 524k 2023424" $mnt/f1
xfs_io -c "reflink $mnt/f0 508k 12k 552k" $mnt/s1/g0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0x61 140k 11678" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 3264512 28k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 747360 52k" $mnt/s1/g0
xfs_io -c "fpunch 2641920 60k" $mnt/s1/g2
xfs_io -c "pwrite -S 0x61 620237 20k" $mnt/s1/g1
xfs_io -c "dedupe $mnt/f0 1703936 1716224 28k" $mnt/f0
xfs_io -c "fdatasync" $mnt/s1/f0
