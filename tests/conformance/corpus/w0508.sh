# extsim conformance workload, gen.py seed 508
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
sync
sync
sync
xfs_io -f -c "pwrite -S 0x63 1675264 100k" -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 752829 44k" $mnt/f0
xfs_io -c "pwrite -S 0x61 184k 48k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1548288 60k 32k" $mnt/f0
xfs_io -c "pwrite 1485260 52k" -c "fdatasync" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "reflink $mnt/f0 388k 472k 1159168" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 888k 20k" $mnt/f0
xfs_io -c "pwrite -S 0x63 1228625 9776" -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f0 212k 1384448 228k" $mnt/f0
xfs_io -c "reflink $mnt/f0 424k 1409024 1257472" $mnt/f0
xfs_io -c "dedupe $mnt/f0 684k 20k 28k" $mnt/f0
xfs_io -c "falloc 1249280 7590" $mnt/f0
xfs_io -c "dedupe $mnt/f0 892k 628k 8k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
rm $mnt/f0
xfs_io -f -c "pwrite -S 0x61 288348 88k" $mnt/sv/g0
xfs_io -c "falloc 276k 52k" $mnt/sv/g0
xfs_io -f -c "reflink $mnt/sv/g1 1327104 1343488 4k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x62 183155 20k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g1 0 0 4k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 112k 56k 24k" $mnt/sv/g0
touch $mnt/f0
chattr +C $mnt/f0
xfs_io -f -c "pwrite 1687552 48k" $mnt/sv/g2
xfs_io -c "falloc 68k 44k" $mnt/sv/g0
xfs_io -c "fpunch 1695744 232k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g2 1478656 4k 16k" $mnt/sv/g0
xfs_io -c "reflink $mnt/f0 1204224 1122304 32k" $mnt/f0
xfs_io -c "fpunch 812k 32k" $mnt/sv/g2
chattr +C $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/sv/g1
xfs_io -c "falloc 1658880 16k" $mnt/sv/g1
xfs_io -c "fpunch 312682 60k" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd 375561 36k" $mnt/f0
xfs_io -c "truncate 1277952" $mnt/sv/g2
rm $mnt/f0
xfs_io -c "truncate 1445888" $mnt/sv/g1
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g2
xfs_io -c "falloc 932k 40k" $mnt/sv/g2
chattr +C $mnt/sv/g2
xfs_io -c "pwrite -S 0x61 155132 20k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g2 432k 696k 28k" $mnt/sv/g2
xfs_io -c "pwrite 12k 545" -c "fdatasync" $mnt/sv/g0
xfs_io -c "falloc -k 884k 3481" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g1 384k 32k 4k" $mnt/sv/g0
sync
xfs_io -c "fzero -k 64k 32k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x62 1085440 228k" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g1 1220608 264k 32k" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g1 1392640 164k 20k" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g0 64k 348k 180k" $mnt/sv/g0
xfs_io -c "truncate 1929216" $mnt/sv/g1
