# extsim conformance workload, gen.py seed 483
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "reflink $mnt/f0 908k 924k 8k" $mnt/f0
xfs_io -c "reflink $mnt/f0 0 1929216 4k" $mnt/f0
xfs_io -c "truncate 400k" $mnt/f0
sync
xfs_io -c "pwrite -S 0x61 60k 4k" $mnt/f0
xfs_io -c "falloc 232k 11362" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 60k 1347584 276k" $mnt/sv/g0
xfs_io -c "reflink $mnt/f0 60k 56k 128k" $mnt/f0
xfs_io -c "fpunch 936k 184k" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd 268k 4k" $mnt/f0
xfs_io -c "pwrite -S 0x63 1527808 4525" $mnt/f0
xfs_io -f -c "falloc -k 1372160 148k" $mnt/sv/g1
xfs_io -c "fzero 1474560 16k" $mnt/sv/g1
xfs_io -c "truncate 1433600" $mnt/f0
xfs_io -c "pwrite -S 0x62 1323008 10918" $mnt/sv/g0
xfs_io -r -c "fiemap -v" $mnt/sv/g1
chattr +C $mnt/sv/g1
xfs_io -c "falloc 1072328 48k" $mnt/sv/g1
xfs_io -c "falloc 588k 164k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 476k 3m" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 1167360 56k" -c "fsync" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x62 1634304 64k" $mnt/f1
md5sum $mnt/f1
xfs_io -c "dedupe $mnt/f1 444k 4k 4k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite 1806336 56k" -c "fsync" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 352k 32k" $mnt/sv/g1
xfs_io -c "falloc 3215360 8689" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 1491394 40k" -c "fdatasync" $mnt/f1
xfs_io -c "reflink $mnt/sv/g1 0 3231744 528k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g1 272k 340k 1220608" $mnt/f0
xfs_io -c "pwrite 1597440 236k" -c "fsync" $mnt/f1
xfs_io -c "truncate 2021415" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x61 1961984 8k" $mnt/sv/g0
xfs_io -f -c "truncate 1950103" $mnt/sv/g2
xfs_io -f -c "reflink $mnt/f1 1646592 616k 156k" $mnt/f2
xfs_io -c "fpunch 384k 1360" $mnt/sv/g1
xfs_io -c "pwrite -S 0xcd 1382365 224k" $mnt/sv/g2
xfs_io -c "falloc -k 1449984 152k" $mnt/sv/g0
xfs_io -c "reflink $mnt/f0 1110016 768k 100k" $mnt/f0
xfs_io -c "falloc -k 2088960 1m" $mnt/f2
xfs_io -c "reflink $mnt/f1 1306624 480k 532k" $mnt/sv/g1
xfs_io -r -c "fiemap -v" $mnt/f2
xfs_io -f -c "pwrite 1958558 10982" $mnt/sv/g3
xfs_io -c "dedupe $mnt/sv/g1 464k 1826816 4k" $mnt/sv/g0
sync
xfs_io -f -c "reflink $mnt/sv/g3 1589447 184k 7884" $mnt/sv/g4
xfs_io -c "falloc 1245184 32k" $mnt/sv/g1
xfs_io -c "truncate 1005786" $mnt/sv/g3
xfs_io -c "fsync" $mnt/f0
xfs_io -c "falloc 162035 160k" $mnt/sv/g0
touch $mnt/f3
chattr +C $mnt/f3
xfs_io -c "pwrite 944k 192k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g2 968k 32k 28k" $mnt/f0
