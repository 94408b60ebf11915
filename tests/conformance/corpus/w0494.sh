# extsim conformance workload, gen.py seed 494
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount -o nodatacow $dev $mnt
sync
xfs_io -f -c "reflink $mnt/f0 0 840k 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 936k 60k" $mnt/f0
sync
xfs_io -c "pwrite -S 0xcd 340k 64k" $mnt/f0
xfs_io -c "reflink $mnt/f0 492k 980k 256k" $mnt/f0
sync
xfs_io -c "falloc -k 167835 200k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 476k 8k 24k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 556k 176k" $mnt/f1
rm $mnt/f0
xfs_io -f -c "pwrite -S 0x63 264k 40k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f1
chattr +C $mnt/f1
xfs_io -c "falloc 408k 2m" $mnt/f1
xfs_io -c "dedupe $mnt/f1 1617920 996k 4k" $mnt/f1
xfs_io -c "reflink $mnt/f1 2314240 1970176 144k" $mnt/f1
xfs_io -f -c "falloc 632k 28k" $mnt/f0
sync
xfs_io -c "falloc 1691648 1229" $mnt/f1
sync
xfs_io -c "reflink $mnt/f1 1802240 2080768 592k" $mnt/f1
xfs_io -f -c "pwrite 460278 20k" $mnt/f2
xfs_io -c "truncate 368k" $mnt/f2
xfs_io -c "fdatasync" $mnt/f1
xfs_io -f -c "falloc -k 884k 140k" $mnt/f3
xfs_io -c "reflink $mnt/f2 76k 1020k 216k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 108k 11185" -c "fsync" $mnt/f3
xfs_io -f -c "pwrite -S 0xcd 88k 60k" $mnt/f3
xfs_io -c "pwrite -S 0x61 1122304 24k" $mnt/f1
xfs_io -c "pwrite -S 0x62 104k 136k" $mnt/f3
xfs_io -c "pwrite -S 0x63 93364 8k" $mnt/f2
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x62 88k 2m" $mnt/f3
xfs_io -f -c "pwrite -S 0x61 584k 40k" $mnt/f4
xfs_io -c "fzero -k 256746 60k" $mnt/f4
xfs_io -c "pwrite -S 0x61 12k 5963" -c "fsync" $mnt/f0
rm $mnt/f3
xfs_io -c "dedupe $mnt/f4 220k 920599 4k" $mnt/f2
xfs_io -c "reflink $mnt/f1 308k 1306624 20k" $mnt/f1
xfs_io -c "pwrite -S 0x63 584k 48k" $mnt/f0
xfs_io -c "pwrite -S 0x61 436k 11935" $mnt/f4
xfs_io -c "pwrite -S 0x62 504k 48k" $mnt/f4
xfs_io -r -c "fiemap -v" $mnt/f4
xfs_io -c "truncate 116k" $mnt/f4
xfs_io -f -c "truncate 812k" $mnt/f3
sync
xfs_io -c "reflink $mnt/f3 340k 240k 348k" $mnt/f2
xfs_io -c "pwrite -S 0x62 1417216 2904" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 780k 204k" $mnt/f5
xfs_io -c "dedupe $mnt/f2 360k 48k 8k" $mnt/f0
rm $mnt/f4
xfs_io -f -c "pwrite -S 0x63 180k 8k" $mnt/f0
xfs_io -c "falloc -k 396k 20k" $mnt/f3
xfs_io -c "falloc 620k 2m" $mnt/f0
xfs_io -c "fpunch 278633 64k" $mnt/f2
xfs_io -c "pwrite -S 0xcd 279015 8k" $mnt/f5
xfs_io -c "falloc 1030084 180k" $mnt/f1
xfs_io -c "reflink $mnt/f2 576k 776k 16k" $mnt/f5
rm $mnt/f1
xfs_io -c "dedupe $mnt/f2 456k 80k 28k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f2
xfs_io -c "pwrite -S 0xcd 356099 76k" $mnt/f3
xfs_io -c "fzero -k 1486848 44k" $mnt/f0
sync
btrfs subvolume snapshot $mnt $mnt/s1
