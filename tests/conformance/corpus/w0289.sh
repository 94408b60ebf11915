# extsim conformance workload, gen.py seed 289
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite 796k 16k" $mnt/sv/g0
xfs_io -f -c "truncate 332k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 4k 3680" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 140k 128k" $mnt/f0
xfs_io -c "pwrite -S 0x61 680336 64k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 692k 56k" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x61 152k 148k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "pwrite 432k 68k" $mnt/f0
xfs_io -c "truncate 724k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 320k 11871" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 472k 616k 196k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 236k 0 516k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 540k 216k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 264k 92k" $mnt/sv/g1
chattr +C $mnt/sv/g1
xfs_io -c "dedupe $mnt/f1 688k 676k 20k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 336k 160k" -c "fsync" $mnt/sv/g1
xfs_io -c "reflink $mnt/f1 380k 228k 260k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 732k 0 84k" $mnt/sv/g1
xfs_io -c "fpunch 184k 160k" $mnt/sv/g1
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "dedupe $mnt/sv/g0 684k 156k 24k" $mnt/sv/g0
touch $mnt/sv/g2
chattr +C $mnt/sv/g2
xfs_io -c "fpunch 984k 56k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 -b 1m 680k 2m" $mnt/sv/g2
xfs_io -c "pwrite -S 0x62 324k 60k" $mnt/f2
xfs_io -c "dedupe $mnt/sv/g1 96k 24k 16k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 112735 4k" -c "fsync" $mnt/f3
xfs_io -c "pwrite -S 0x63 124841 44k" -c "fsync" $mnt/f1
xfs_io -c "falloc -k 96k 5935" $mnt/f3
xfs_io -c "falloc -k 412k 212k" $mnt/f1
xfs_io -c "falloc -k 328k 60k" $mnt/f2
xfs_io -c "reflink $mnt/sv/g2 1699840 220k 60k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/f3 56k 52k 12k" $mnt/f0
xfs_io -c "falloc 78054 28k" $mnt/f3
touch $mnt/sv/g3
chattr +C $mnt/sv/g3
xfs_io -c "pwrite -S 0x62 793768 60k" $mnt/sv/g3
xfs_io -c "pwrite -S 0x61 64k 5992" $mnt/f3
xfs_io -c "dedupe $mnt/f0 212k 264k 20k" $mnt/sv/g1
xfs_io -c "fpunch 744974 24k" $mnt/f3
xfs_io -c "falloc 364k 124k" $mnt/f1
xfs_io -c "reflink $mnt/sv/g0 612k 12k 44k" $mnt/f3
xfs_io -c "falloc 764k 152k" $mnt/sv/g3
xfs_io -c "fpunch 740k 32k" $mnt/sv/g3
rm -f $mnt/sv/g3
xfs_io -c "pwrite -S 0x61 312k 20k" -c "fdatasync" $mnt/f1
xfs_io -c "reflink $mnt/f1" $mnt/sv/g1
sync
xfs_io -c "reflink $mnt/f2 36k 876k 276k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x61 757323 192k" $mnt/f1
xfs_io -c "reflink $mnt/sv/g1 1004k 988k 12k" $mnt/sv/g1
xfs_io -c "pwrite 172k 9504" $mnt/f2
touch $mnt/sv/g3
chattr +C $mnt/sv/g3
xfs_io -c "pwrite -S 0x63 1120675 3041" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g1 676k 528k 480k" $mnt/sv/g0
sync
xfs_io -c "pwrite -S 0x62 56k 248k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 268k 36k" $mnt/f4
xfs_io -f -c "pwrite -S 0x63 1032533 60k" $mnt/sv/g4
xfs_io -c "falloc 496k 112k" $mnt/sv/g0
xfs_io -c "falloc -k 172k 40k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0xcd 660115 48k" $mnt/sv/g5
xfs_io -c "fpunch 8k 204k" $mnt/f3
xfs_io -c "fsync" $mnt/f1
