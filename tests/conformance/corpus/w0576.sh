# extsim conformance workload, gen.py seed 576
mkfs.btrfs -f $dev -b 512m > /dev/null
mount -o nodatacow $dev $mnt
xfs_io -f -c "pwrite -S 0x63 408k 60k" $mnt/f0
umount $mnt
mount -o nodatacow $dev $mnt
xfs_io -c "pwrite -S 0xcd 180k 104k" $mnt/f0
xfs_io -c "pwrite -S 0x63 264k 40k" -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f0 484k 316k 20k" $mnt/f0
xfs_io -c "reflink $mnt/f0 412k 212k 64k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 240k 224k" $mnt/f0
xfs_io -c "pwrite -S 0x61 256k 152k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 68k 20k 28k" $mnt/f0
xfs_io -c "falloc 336k 36k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "fpunch 68k 8k" $mnt/f0
xfs_io -c "truncate 132k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "fpunch 124k 100k" $mnt/s1/f0
xfs_io -c "falloc -k 87870 48k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 96k 40k 28k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 72k 2835" -c "fsync" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 116k 212k" $mnt/s1/f0
xfs_io -c "pwrite 71234 32k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 48k 296k 128k" $mnt/s1/f0
xfs_io -f -c "falloc 612k 20k" $mnt/f1
sync
xfs_io -c "falloc 0 156k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 66861 8k" $mnt/s1/g0
sync
xfs_io -f -c "pwrite -S 0x62 496k 28k" -c "fsync" $mnt/f2
xfs_io -c "reflink $mnt/f2 16k 340k 80k" $mnt/f2
xfs_io -c "fsync" $mnt/f2
xfs_io -c "truncate 12k" $mnt/f0
xfs_io -c "truncate 721722" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 52k 56k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 664k 184k" -c "fdatasync" $mnt/f3
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0x63 8k 52k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 144k 792k 160k" $mnt/f0
xfs_io -c "fzero 472k 132k" $mnt/f2
xfs_io -c "falloc -k 98929 28k" $mnt/f3
xfs_io -c "pwrite -S 0xcd 776k 4k" $mnt/f3
md5sum $mnt/f2
xfs_io -c "dedupe $mnt/f0 572k 80k 16k" $mnt/f0
xfs_io -f -c "reflink $mnt/s1/g0" $mnt/s1/g1
xfs_io -c "pwrite -S 0x61 125324 4k" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 568k 3191" $mnt/f2
xfs_io -c "truncate 835409" $mnt/f0
xfs_io -c "reflink $mnt/s1/g0 276k 352k 308k" $mnt/s1/g1
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "falloc 592k 2m" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 361750 36k" $mnt/s1/g1
chattr +C $mnt/f0
xfs_io -c "fzero -k 256k 204k" $mnt/s2/f2
xfs_io -c "fsync" $mnt/s1/g1
xfs_io -c "fpunch 264k 56k" $mnt/s2/f3
xfs_io -c "pwrite -S 0xcd 924k 16k" -c "fdatasync" $mnt/s1/g1
xfs_io -c "dedupe $mnt/s2/f2 84k 60k 12k" $mnt/f0
xfs_io -c "truncate 267485" $mnt/f3
xfs_io -f -c "pwrite -S 0x61 704k 60k" $mnt/s2/f1
sync
xfs_io -f -c "reflink $mnt/s1/g2 744k 628k 12k" $mnt/s1/g2
xfs_io -c "fpunch 776k 9959" $mnt/f0
xfs_io -c "falloc 288747 56k" $mnt/s2/f1
xfs_io -c "fzero 516k 44k" $mnt/s1/g2
xfs_io -c "pwrite -S 0x62 340k 188k" $mnt/f0
xfs_io -c "pwrite -S 0x62 1814528 32k" $mnt/s1/g0
sync
xfs_io -c "truncate 732k" $mnt/s2/f3
xfs_io -c "dedupe $mnt/s2/f2 8k 660519 5157" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s2/f2 908k 352k 188k" $mnt/s1/g2
xfs_io -c "reflink $mnt/s1/g0 2514944 416k 88k" $mnt/s2/f2
xfs_io -c "falloc 208k 148k" $mnt/f0
