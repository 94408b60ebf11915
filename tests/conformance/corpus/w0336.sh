# extsim conformance workload, gen.py seed 336
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 928k 44k" $mnt/f0
xfs_io -c "pwrite -S 0x63 896k 28k" $mnt/f0
xfs_io -f -c "falloc -k 916k 4k" $mnt/f1
xfs_io -c "truncate 200k" $mnt/f0
xfs_io -c "truncate 418140" $mnt/f1
xfs_io -c "reflink $mnt/f1 72k 96k 308k" $mnt/f0
xfs_io -c "falloc 324k 28k" $mnt/f1
xfs_io -c "pwrite -S 0xcd 176k 64k" $mnt/f0
chattr +C $mnt/f1
xfs_io -c "fpunch 970381 8k" $mnt/f1
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 20k 64k" $mnt/f1
xfs_io -c "pwrite -S 0x62 68k 232k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 40k 212k" $mnt/f1
xfs_io -c "pwrite 76k 20k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 272k 2001" -c "fdatasync" $mnt/f0
xfs_io -c "truncate 168k" $mnt/f1
xfs_io -c "pwrite -S 0x63 148k 3119" $mnt/f1
xfs_io -c "reflink $mnt/f0 368k 304k 44k" $mnt/f0
xfs_io -c "pwrite -S 0x61 136k 56k" -c "fsync" $mnt/f1
xfs_io -c "pwrite 600k 204k" -c "fdatasync" $mnt/f1
xfs_io -c "reflink $mnt/f1 288k 608k 400k" $mnt/f1
xfs_io -c "reflink $mnt/f1 716k 472k 16k" $mnt/f0
xfs_io -c "reflink $mnt/f0 276k 40k 60k" $mnt/f0
xfs_io -c "pwrite -S 0x61 164k 128k" $mnt/f1
