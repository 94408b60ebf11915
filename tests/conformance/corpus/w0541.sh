# extsim conformance workload, gen.py seed 541 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x63 6094848 24k" -c "fsync" $mnt/sv/g0
xfs_io -c "falloc -k 24327398 7412" $mnt/sv/g0
sync
xfs_io -f -c "reflink $mnt/sv/g0 3055616 723370 4k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g0 136k 16k 32k" $mnt/sv/g0
xfs_io -c "fpunch 4362240 44k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 -b 1m 23527424 11m" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x62 1556594 1917" -c "fdatasync" $mnt/sv/g0
xfs_io -f -c "reflink $mnt/sv/g0 3518464 24236032 2158592" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 28667904 2m" $mnt/f0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "reflink $mnt/f0 8376320 23617536 4354048" $mnt/sv/g1
umount $mnt
mount $dev $mnt
xfs_io -f -c "truncate 13729792" $mnt/f1
xfs_io -c "falloc -k 2547712 4k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 5046272 12603392 1069056" $mnt/f1
xfs_io -c "dedupe $mnt/sv/g0 460k 0 24k" $mnt/f1
xfs_io -c "truncate 1548457" $mnt/f1
xfs_io -f -c "pwrite 32213341 52k" $mnt/sv/g1
sync
xfs_io -c "reflink $mnt/f1 644k 19386368 356k" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g0 5853184 1208320 216k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 -b 1m 14770176 16m" $mnt/f2
xfs_io -f -c "pwrite -S 0xcd 7983104 44k" -c "fdatasync" $mnt/f2
xfs_io -c "fpunch 31461869 64k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 3885219 8484" $mnt/sv/g1
xfs_io -c "pwrite -S 0x61 30511104 52k" $mnt/f2
xfs_io -c "reflink $mnt/f0 24k 7069696 18333696" $mnt/sv/g1
xfs_io -c "truncate 9158713" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 -b 1m 5668864 6m" $mnt/sv/g2
xfs_io -f -c "reflink $mnt/sv/g1 22065152 18563072 8966144" $mnt/sv/g3
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "pwrite -S 0x61 800k 36k" $mnt/f2
xfs_io -c "falloc 960k 28k" $mnt/sv/g0
umount $mnt
mount $dev $mnt
xfs_io -c "dedupe $mnt/sv/g0 5312512 0 4k" $mnt/sv/g3
xfs_io -c "fsync" $mnt/f0
xfs_io -c "falloc 6275072 12m" $mnt/f2
sync
xfs_io -c "dedupe $mnt/sv/g0 2875392 740k 32k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 968k 32k 24k" $mnt/f0
xfs_io -c "dedupe $mnt/sv/g1 24367104 0 10698752" $mnt/sv/g3
xfs_io -c "fpunch 21241856 48k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
