# extsim conformance workload, gen.py seed 558
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x61 180k 24k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 448k 144k" -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f0 268k 16k 284k" $mnt/f0
xfs_io -c "falloc -k 65252 4k" $mnt/f0
xfs_io -c "pwrite -S 0x61 168k 6818" $mnt/f0
xfs_io -c "pwrite -S 0x62 410416 28k" $mnt/f0
xfs_io -c "truncate 995550" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 252k 60k 32k" $mnt/f0
xfs_io -c "fdatasync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 296k 8k" $mnt/f0
xfs_io -c "fpunch 68k 28k" $mnt/sv/g0
xfs_io -c "truncate 375374" $mnt/f0
xfs_io -c "falloc -k 436k 176k" $mnt/sv/g0
xfs_io -c "pwrite 100k 128k" -c "fsync" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 96k 52k" $mnt/sv/g1
xfs_io -c "falloc 988k 32k" $mnt/sv/g1
rm -f $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 208k 88k" $mnt/f0
xfs_io -c "fdatasync" $mnt/sv/g1
xfs_io -c "fpunch 119375 64k" $mnt/f0
xfs_io -c "pwrite 148k 44k" $mnt/sv/g1
xfs_io -c "fpunch 177226 24k" $mnt/sv/g1
xfs_io -f -c "pwrite 32k 4338" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 248k 56k" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g0 24k 120k 12k" $mnt/sv/g1
xfs_io -c "falloc -k 749765 48k" $mnt/sv/g1
xfs_io -c "falloc 732k 40k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 84708 248k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 188k 36k" -c "fsync" $mnt/sv/g1
xfs_io -c "dedupe $mnt/f0 88k 0 289358" $mnt/f0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "falloc 192k 176k" $mnt/f0
xfs_io -c "fsync" $mnt/sv/g1
xfs_io -c "pwrite -S 0xcd 944435 56k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 340k 72k 4k" $mnt/f0
xfs_io -c "reflink $mnt/f1 0 292k 128k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 637577 56k" $mnt/sv/g2
xfs_io -c "falloc 360k 32k" $mnt/f0
sync
xfs_io -c "falloc 828k 184k" $mnt/sv/g1
xfs_io -c "falloc -k 672k 2m" $mnt/sv/g1
xfs_io -c "truncate 700k" $mnt/f1
xfs_io -c "pwrite -S 0x62 788k 40k" $mnt/sv/g2
xfs_io -c "reflink $mnt/sv/g1 44k 192k 0" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 372k 52k" -c "fsync" $mnt/sv/g0
xfs_io -c "truncate 816k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 808k 52k" $mnt/sv/g2
