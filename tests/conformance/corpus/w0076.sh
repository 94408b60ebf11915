# extsim conformance workload, gen.py seed 76
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "falloc -k 896k 4947" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 12k 52k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 28k 88k" $mnt/sv/g0
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "pwrite 76k 180k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 76k 4k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 196k 20k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 156k 44k 60k" $mnt/sv/g0
xfs_io -f -c "falloc -k 880k 96k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 1008k 8k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x62 1017050 40k" $mnt/sv/g0
rm $mnt/sv/g1
xfs_io -c "pwrite 1008k 16k" $mnt/sv/g0
xfs_io -c "pwrite 1052672 224k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 952k 648k 136k" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 624k 568k 580k" $mnt/sv/g0
xfs_io -c "fpunch 171988 5693" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 1097728 596k 132k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 972k 228k" -c "fsync" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 608k 128k 12k" $mnt/sv/g0
xfs_io -c "fzero 744k 44k" $mnt/sv/g0
xfs_io -c "fdatasync" $mnt/sv/g0
xfs_io -c "falloc 124k 8k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0xcd 9972 32k" $mnt/sv/g0
chattr +C $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 76k 188k 24k" $mnt/sv/g0
xfs_io -f -c "falloc 496k 20k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g1 144k 0 376k" $mnt/sv/g0
sync
xfs_io -f -c "pwrite -S 0xcd 228k 16k" $mnt/sv/g2
xfs_io -c "fsync" $mnt/sv/g1
sync
xfs_io -c "falloc -k 228k 40k" $mnt/sv/g2
xfs_io -c "dedupe $mnt/sv/g1 420k 300k 12k" $mnt/sv/g0
xfs_io -f -c "reflink $mnt/sv/g3 56k 996k 20k" $mnt/sv/g3
xfs_io -c "pwrite -S 0x63 243389 52k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 248k 148k" $mnt/sv/g3
xfs_io -c "fpunch 212k 5242" $mnt/sv/g2
xfs_io -c "pwrite -S 0x63 616k 48k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 279005 52k" $mnt/sv/g1
sync
xfs_io -c "reflink $mnt/sv/g2 196k 404k 16k" $mnt/sv/g0
xfs_io -f -c "reflink $mnt/sv/g3 364k 416k 0" $mnt/f0
xfs_io -c "reflink $mnt/sv/g1 32k 112k 460k" $mnt/sv/g1
xfs_io -c "falloc -k 564k 112k" $mnt/sv/g2
