# extsim conformance workload, gen.py seed 268
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount -o nodatacow $dev $mnt
xfs_io -f -c "pwrite -S 0x63 1150990 32k" -c "fsync" $mnt/f0
xfs_io -c "fzero -k 404k 3588" $mnt/f0
xfs_io -c "pwrite -S 0x62 180k 16k" $mnt/f0
xfs_io -c "falloc -k 520k 9491" $mnt/f0
xfs_io -c "fpunch 292k 180k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "dedupe $mnt/f0 420k 48k 16k" $mnt/f0
xfs_io -c "pwrite -S 0x61 884k 56k" $mnt/f0
xfs_io -c "truncate 656635" $mnt/f0
xfs_io -f -c "truncate 1687737" $mnt/f1
xfs_io -c "reflink $mnt/f1 228k 28k 1458361" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 1802240 60k" $mnt/f0
xfs_io -f -c "pwrite 532k 168k" $mnt/f0
sync
xfs_io -f -c "reflink $mnt/f0 568k 1085440 840k" $mnt/f2
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "falloc -k 449117 8k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "fpunch 1458176 64k" $mnt/f0
xfs_io -c "reflink $mnt/f1 460k 1744896 656k" $mnt/f2
xfs_io -c "falloc 1669359 32k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 157334 184k" -c "fdatasync" $mnt/f3
xfs_io -f -c "pwrite -S 0x61 -b 1m 92k 3m" $mnt/f3
xfs_io -c "dedupe $mnt/f0 976k 24k 8k" $mnt/f0
xfs_io -c "falloc 984k 236k" $mnt/f1
xfs_io -c "pwrite -S 0x61 456k 24k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 472k 204k" $mnt/f4
xfs_io -c "falloc 1744896 16k" $mnt/f1
xfs_io -c "fdatasync" $mnt/f3
xfs_io -c "falloc 464k 176k" $mnt/f4
xfs_io -f -c "pwrite -S 0xcd 1470464 52k" $mnt/f5
xfs_io -c "falloc 2035712 248k" $mnt/f3
sync
xfs_io -c "falloc -k 656k 1m" $mnt/f4
xfs_io -c "reflink $mnt/f1 144k 204k 788k" $mnt/f4
xfs_io -f -c "pwrite -S 0x62 1560576 28k" $mnt/f6
xfs_io -c "dedupe $mnt/f2 332k 60k 24k" $mnt/f0
xfs_io -c "fzero -k 612k 32k" $mnt/f5
xfs_io -c "pwrite -S 0xcd 1197273 40k" $mnt/f5
xfs_io -c "dedupe $mnt/f3 20k 1179648 28k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 2322432 10847" $mnt/f3
xfs_io -f -c "pwrite -S 0x62 441217 48k" $mnt/f7
xfs_io -c "falloc 0 48k" $mnt/f7
xfs_io -f -c "pwrite -S 0x63 596k 11803" $mnt/f4
sync
chattr +C $mnt/f4
xfs_io -c "falloc -k 812k 48k" $mnt/f2
xfs_io -c "reflink $mnt/f6 612k 1081344 704k" $mnt/f3
xfs_io -f -c "pwrite 1368064 52k" $mnt/f7
touch $mnt/f7
chattr +C $mnt/f7
rm -f $mnt/f3
rm $mnt/f1
xfs_io -f -c "reflink $mnt/f1 588k 1556480 4k" $mnt/f1
sync
xfs_io -f -c "pwrite -S 0x62 674995 36k" $mnt/f4
xfs_io -c "fpunch 704k 32k" $mnt/f5
umount $mnt
mount -o nodatacow $dev $mnt
xfs_io -c "fsync" $mnt/f5
xfs_io -f -c "pwrite -S 0x63 296k 52k" $mnt/f4
xfs_io -c "reflink $mnt/f5 504k 1155072 680k" $mnt/f5
xfs_io -c "pwrite -S 0x63 44k 52k" $mnt/f5
xfs_io -c "pwrite 344k 152k" $mnt/f7
xfs_io -c "dedupe $mnt/f1 1364563 1470464 60k" $mnt/f4
xfs_io -c "pwrite -S 0xcd 932k 4551" $mnt/f0
xfs_io -c "pwrite -S 0x63 384k 40k" $mnt/f4
sync
xfs_io -c "dedupe $mnt/f6 80k 52k 28k" $mnt/f0
xfs_io -c "pwrite -S 0x61 1065141 8188" $mnt/f2
xfs_io -c "pwrite -S 0x63 440k 56k" $mnt/f5
xfs_io -f -c "pwrite -S 0x62 132k 48k" $mnt/f3
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "falloc 84k 60k" $mnt/f3
