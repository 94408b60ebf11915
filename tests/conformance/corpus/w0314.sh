# extsim conformance workload, gen.py seed 314
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "truncate 828k" $mnt/f0
xfs_io -c "reflink $mnt/f0 248k 484k 584k" $mnt/f0
xfs_io -c "pwrite -S 0x62 440k 60k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 552k 4k 16k" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0x63 492k 20k" $mnt/f0
xfs_io -c "truncate 568k" $mnt/f0
xfs_io -f -c "pwrite 896k 4k" $mnt/f1
xfs_io -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0x61 32k 40k" -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 367709 28k" $mnt/f1
xfs_io -c "reflink $mnt/f1 420k 208k 92k" $mnt/f1
chattr +C $mnt/f0
xfs_io -c "pwrite -S 0x62 376k 112k" $mnt/f0
sync
xfs_io -c "fpunch 124k 152k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 696k 96k 4k" $mnt/f0
xfs_io -c "falloc 328k 48k" $mnt/f0
rm $mnt/f1
xfs_io -f -c "pwrite -S 0x62 104k 160k" $mnt/f0
xfs_io -c "reflink $mnt/f0 220k 68k 36k" $mnt/f0
xfs_io -c "truncate 79412" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "pwrite -S 0x61 936k 64k" $mnt/f0
xfs_io -c "reflink $mnt/f0 240k 900k 768k" $mnt/f0
xfs_io -c "pwrite -S 0x62 400k 28k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 678564 196k" $mnt/f0
xfs_io -f -c "pwrite 396k 16k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 176k 11526" $mnt/f0
chattr +C $mnt/f0
sync
xfs_io -c "dedupe $mnt/f0 224k 0 12k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 600k 84k 4k" $mnt/f0
xfs_io -c "falloc -k 780k 3116" $mnt/f0
rm $mnt/f0
xfs_io -f -c "falloc 52k 16k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 596k 104k" $mnt/f0
