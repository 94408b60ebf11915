# extsim conformance workload, gen.py seed 34
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 868k 20k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 820k 4k 12k" $mnt/f0
xfs_io -c "fpunch 120k 216k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 584k 32k" $mnt/f0
sync
xfs_io -c "reflink $mnt/f0 200k 700k 180k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 472k 20k" -c "fdatasync" $mnt/f0
xfs_io -c "falloc 864k 48k" $mnt/f0
rm -f $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -f -c "truncate 363622" $mnt/f0
rm $mnt/f0
xfs_io -f -c "pwrite -S 0x61 4k 36k" -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 16k 312k 24k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 768k 7616" $mnt/f1
xfs_io -c "pwrite 970021 64k" -c "fdatasync" $mnt/f1
xfs_io -f -c "falloc 928k 40k" $mnt/f2
xfs_io -c "reflink $mnt/f2 684k 312k 124k" $mnt/f2
xfs_io -c "falloc 272k 48k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 -b 1m 608k 3m" $mnt/f3
xfs_io -c "fzero -k 404k 52k" $mnt/f3
xfs_io -f -c "pwrite 888k 7300" $mnt/f4
xfs_io -c "falloc -k 832k 16k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f3
xfs_io -c "fzero 148k 32k" $mnt/f1
xfs_io -c "pwrite -S 0x62 186416 60k" $mnt/f0
xfs_io -c "reflink $mnt/f4 360k 156k 480k" $mnt/f4
xfs_io -c "reflink $mnt/f1 172k 32k 824k" $mnt/f0
xfs_io -c "pwrite 568k 4126" $mnt/f2
xfs_io -c "falloc -k 736k 2889" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "fpunch 11290 40k" $mnt/f4
xfs_io -c "falloc -k 152k 20k" $mnt/f2
xfs_io -c "truncate 879340" $mnt/f2
xfs_io -f -c "pwrite -S 0xcd 221172 64k" $mnt/f2
xfs_io -c "falloc 208k 337" $mnt/f0
xfs_io -f -c "truncate 855626" $mnt/f5
chattr +C $mnt/f5
xfs_io -c "fpunch 640k 88k" $mnt/f5
xfs_io -f -c "reflink $mnt/f4 540k 452k 375940" $mnt/f6
xfs_io -c "pwrite -S 0x62 252k 2m" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "fsync" $mnt/f3
xfs_io -c "fpunch 521650 48k" $mnt/f6
xfs_io -c "reflink $mnt/f3 1994752 192k 1568768" $mnt/f0
xfs_io -c "fpunch 416k 200k" $mnt/f5
xfs_io -c "fpunch 692k 52k" $mnt/f5
xfs_io -c "falloc 96k 32k" $mnt/f5
xfs_io -c "dedupe $mnt/f2 176k 48k 12k" $mnt/f0
xfs_io -c "dedupe $mnt/f3 2850816 0 900k" $mnt/f0
xfs_io -c "fsync" $mnt/f5
xfs_io -c "fpunch 596k 52k" $mnt/f2
xfs_io -c "dedupe $mnt/f6 0 0 4k" $mnt/f0
xfs_io -c "reflink $mnt/f3 1105920 758090 24k" $mnt/f4
xfs_io -c "pwrite -S 0x62 0 252k" $mnt/f4
xfs_io -c "pwrite -S 0x63 660k 32k" -c "fsync" $mnt/f2
