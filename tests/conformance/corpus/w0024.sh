# extsim conformance workload, gen.py seed 24
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite 308k 4k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
rm $mnt/f0
xfs_io -f -c "reflink $mnt/f0 0 520k 4k" $mnt/f0
xfs_io -c "pwrite -S 0x62 152k 8k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 36k 3m" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1359872 96k 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1085440 204k" -c "fsync" $mnt/f0
sync
xfs_io -c "pwrite 1966080 24k" $mnt/f0
xfs_io -c "pwrite -S 0x61 1839104 76k" $mnt/f0
xfs_io -c "fzero 1658880 48k" $mnt/f0
xfs_io -c "falloc 68k 68k" $mnt/f0
touch $mnt/sv/g0
chattr +C $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 0 16k 4k" $mnt/sv/g0
xfs_io -f -c "pwrite 948k 28k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 2936832 44k" -c "fsync" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "dedupe $mnt/sv/g0 928k 928k 28k" $mnt/sv/g0
sync
xfs_io -c "pwrite -S 0x62 761723 32k" $mnt/f0
rm $mnt/f0
xfs_io -c "reflink $mnt/sv/g0 0 972k 4k" $mnt/sv/g0
md5sum $mnt/sv/g0
chattr +C $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 472171 32k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 148k 144k 28k" $mnt/sv/g0
xfs_io -c "fpunch 224k 60k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 264k 392k 242795" $mnt/sv/g0
sync
xfs_io -c "pwrite -S 0x62 436k 232k" $mnt/sv/g0
chattr +C $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 16k 7924" $mnt/sv/g0
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 716k 16k" $mnt/f0
xfs_io -c "pwrite -S 0x63 412k 32k" $mnt/f0
xfs_io -c "dedupe $mnt/sv/g0 200k 60k 24k" $mnt/f0
rm $mnt/f0
xfs_io -c "pwrite -S 0xcd 280k 32k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0xcd 128k 36k" $mnt/sv/g0
xfs_io -f -c "reflink $mnt/sv/g0 220k 308k 444k" $mnt/sv/g1
rm $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g1 740k 420k 20k" $mnt/sv/g1
xfs_io -c "fdatasync" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 100k 104k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x61 328k 16k" -c "fdatasync" $mnt/f0
xfs_io -c "truncate 576k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/f0 72k 0 276k" $mnt/sv/g1
xfs_io -c "falloc 76950 232k" $mnt/f0
xfs_io -c "reflink $mnt/sv/g1 184k 204k 0" $mnt/f0
xfs_io -c "pwrite -S 0x63 364k 36k" $mnt/sv/g1
xfs_io -c "pwrite -S 0xcd 292k 4m" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 791660 7564" -c "fsync" $mnt/sv/g1
xfs_io -c "pwrite -S 0x62 792k 32k" -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 4050944 328k 32k" $mnt/f0
sync
xfs_io -f -c "reflink $mnt/f0 2719744 280k 0" $mnt/sv/g0
xfs_io -c "truncate 2543616" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 1380352 880k 124k" $mnt/sv/g2
md5sum $mnt/sv/g1
xfs_io -f -c "pwrite 618787 52k" $mnt/f1
xfs_io -c "pwrite -S 0x62 156k 371" -c "fsync" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 324k 48k" -c "fsync" $mnt/sv/g3
xfs_io -c "fsync" $mnt/f1
