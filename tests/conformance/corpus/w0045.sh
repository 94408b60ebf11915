# extsim conformance workload, gen.py seed 45
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "reflink $mnt/f0 0 636k 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 276k 104k" $mnt/f1
md5sum $mnt/f1
xfs_io -c "pwrite -S 0x63 116k 36k" $mnt/f0
xfs_io -c "pwrite -S 0x61 648k 36k" $mnt/f0
xfs_io -f -c "pwrite 636k 52k" $mnt/f0
xfs_io -c "fzero 28k 40k" $mnt/f0
xfs_io -c "falloc -k 408k 10225" $mnt/f0
xfs_io -c "dedupe $mnt/f1 136k 264k 4k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 1006022 12k" -c "fsync" $mnt/sv/g0
xfs_io -c "truncate 692678" $mnt/f0
xfs_io -f -c "reflink $mnt/sv/g0 388k 332k 412k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x61 372k 52k" $mnt/sv/g1
sync
xfs_io -c "reflink $mnt/f1 116k 376k 116k" $mnt/f0
xfs_io -c "falloc 780k 52k" $mnt/sv/g1
xfs_io -c "fdatasync" $mnt/sv/g1
xfs_io -c "pwrite 368k 20k" -c "fdatasync" $mnt/sv/g1
xfs_io -c "fdatasync" $mnt/sv/g1
xfs_io -c "dedupe $mnt/f1 268k 264k 12k" $mnt/f1
sync
xfs_io -c "fpunch 268k 1999" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x63 420k 36k" $mnt/sv/g1
xfs_io -f -c "truncate 988k" $mnt/f2
xfs_io -c "falloc 236k 9470" $mnt/f1
xfs_io -f -c "reflink $mnt/f1 172k 1008k 40k" $mnt/sv/g2
chattr +C $mnt/f1
xfs_io -c "truncate 44k" $mnt/f2
xfs_io -c "pwrite -S 0x63 1020k 20k" -c "fdatasync" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x63 84k 24k" $mnt/sv/g3
xfs_io -c "falloc 804k 3m" $mnt/f1
xfs_io -c "falloc 1544192 10228" $mnt/f1
xfs_io -c "reflink $mnt/sv/g1 780k 272k 76k" $mnt/sv/g0
xfs_io -c "falloc -k 73193 4k" $mnt/sv/g3
xfs_io -c "pwrite -S 0x63 488k 24k" $mnt/sv/g2
xfs_io -c "pwrite -S 0x62 60k 9799" $mnt/sv/g3
xfs_io -c "fpunch 22100 40k" $mnt/f2
xfs_io -c "pwrite -S 0x63 8175 252k" $mnt/sv/g2
xfs_io -c "fpunch 8k 160k" $mnt/sv/g3
xfs_io -c "fpunch 538342 56k" $mnt/sv/g2
xfs_io -c "reflink $mnt/sv/g2 636k 3837952 132k" $mnt/f1
