# extsim conformance workload, gen.py seed 75
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
sync
sync
xfs_io -f -c "pwrite 168k 48k" -c "fdatasync" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "falloc 156k 4428" $mnt/f0
xfs_io -c "falloc 76k 60k" $mnt/f0
xfs_io -c "falloc 176k 144k" $mnt/f0
xfs_io -c "falloc 922708 44k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 500k 48k" $mnt/f0
xfs_io -c "truncate 752k" $mnt/f0
xfs_io -c "pwrite -S 0x63 56k 224k" $mnt/f0
xfs_io -c "pwrite -S 0x62 872k 64k" $mnt/f0
xfs_io -c "fpunch 152k 56k" $mnt/f0
xfs_io -c "reflink $mnt/f0 920k 12k 24k" $mnt/f0
sync
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fpunch 668k 8k" $mnt/f0
sync
xfs_io -c "pwrite -S 0x62 72k 148k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 376k 8k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 368k 4826" $mnt/f0
rm $mnt/f0
xfs_io -f -c "pwrite 977735 4k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 924k 16k 8k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 188688 244k" $mnt/f0
xfs_io -c "reflink $mnt/f0" $mnt/f0
xfs_io -f -c "truncate 32k" $mnt/f1
xfs_io -c "reflink $mnt/f0 104k 0 0" $mnt/f1
sync
xfs_io -c "falloc 128k 6077" $mnt/f0
xfs_io -c "pwrite -S 0x61 179959 40k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0x63 204k 1m" -c "fdatasync" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 916k 12k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "dedupe $mnt/s1/f1 1105920 232k 4k" $mnt/f1
xfs_io -c "falloc 660k 10103" $mnt/f1
xfs_io -c "pwrite -S 0x63 704k 44k" $mnt/s1/f1
xfs_io -c "reflink $mnt/s1/f1 264k 424k 0" $mnt/f0
xfs_io -c "pwrite -S 0x62 885876 28k" -c "fsync" $mnt/f0
touch $mnt/s1/g0
chattr +C $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 1220608 11431" $mnt/f1
xfs_io -c "fsync" $mnt/f1
xfs_io -c "dedupe $mnt/f0 1257472 456k 16k" $mnt/f0
xfs_io -c "fpunch 152k 20k" $mnt/s1/f1
xfs_io -c "pwrite -S 0x61 812291 60k" -c "fdatasync" $mnt/s1/f1
xfs_io -c "pwrite -S 0x63 976k 60k" $mnt/f0
xfs_io -c "reflink $mnt/f1 136k 708k 584k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x61 920k 128k" $mnt/f2
xfs_io -f -c "falloc -k 952k 20k" $mnt/s1/g1
sync
