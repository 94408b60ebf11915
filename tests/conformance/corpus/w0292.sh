# extsim conformance workload, gen.py seed 292 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 -b 1m 12709888 14m" -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 15494693 88k" $mnt/f0
xfs_io -c "falloc -k 28905472 15m" $mnt/f0
xfs_io -c "pwrite -S 0xcd 21381120 28k" $mnt/f0
xfs_io -c "reflink $mnt/f0 23977984 12976128 1064960" $mnt/f0
rm $mnt/f0
xfs_io -f -c "reflink $mnt/f0 0 15425536 4k" $mnt/f0
xfs_io -c "truncate 24646413" $mnt/f0
xfs_io -c "reflink $mnt/f0 6934528 9019392 17724173" $mnt/f0
rm $mnt/f0
xfs_io -f -c "truncate 4538368" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 3514368 5216" -c "fdatasync" $mnt/f0
sync
xfs_io -c "fpunch 288k 64k" $mnt/f0
xfs_io -c "pwrite -S 0x63 15006562 11739" $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -c "pwrite -S 0x61 3764224 116k" $mnt/f1
xfs_io -c "fpunch 1302528 40k" $mnt/f1
xfs_io -f -c "reflink $mnt/f1 588k 30396416 1187840" $mnt/f2
xfs_io -c "pwrite -S 0xcd -b 1m 30244864 7m" $mnt/f2
xfs_io -c "pwrite -b 1m 3510272 15m" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 -b 1m 17117184 16m" $mnt/f2
xfs_io -c "pwrite -b 1m 14004224 4m" $mnt/f0
sync
xfs_io -f -c "reflink $mnt/f2 5713920 17838080 8253440" $mnt/f3
xfs_io -c "falloc 5627904 16m" $mnt/f2
xfs_io -c "fdatasync" $mnt/f1
xfs_io -c "fpunch 19038908 4k" $mnt/f1
xfs_io -c "falloc -k 4685824 32k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 9961472 7323648 8k" $mnt/f0
xfs_io -c "dedupe $mnt/f2 32591872 32342016 24k" $mnt/f2
sync
xfs_io -c "pwrite -S 0x61 -b 1m 16683008 1m" $mnt/f3
xfs_io -c "fpunch 13737984 28k" $mnt/f0
xfs_io -c "fpunch 6725632 4242" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0xcd -b 1m 14032896 14m" $mnt/f0
chattr +C $mnt/f3
xfs_io -r -c "fiemap -v" $mnt/f2
xfs_io -c "reflink $mnt/f2" $mnt/f2
xfs_io -c "reflink $mnt/f1 14659584 31502336 4587520" $mnt/f3
sync
xfs_io -c "reflink $mnt/f3 1208320 3690496 9032" $mnt/f2
xfs_io -c "truncate 6737920" $mnt/f1
xfs_io -c "reflink $mnt/f2 26796032 2895872 10797056" $mnt/f3
xfs_io -c "pwrite 20598784 100k" $mnt/f2
xfs_io -c "dedupe $mnt/f1 5500928 5496832 28k" $mnt/f1
xfs_io -c "reflink $mnt/f3 4616192 104k 21483520" $mnt/f1
xfs_io -c "reflink $mnt/f0 13m 464k 8232960" $mnt/f1
xfs_io -c "dedupe $mnt/f3 21041152 24k 8k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 19849216 44k" $mnt/f4
xfs_io -c "falloc 12255126 3m" $mnt/f1
xfs_io -c "falloc 3350528 28k" $mnt/f0
xfs_io -c "truncate 13279232" $mnt/f3
xfs_io -c "fdatasync" $mnt/f1
xfs_io -c "pwrite -S 0x63 4476928 9240" -c "fsync" $mnt/f3
xfs_io -c "fpunch 9449259 20k" $mnt/f2
chattr +C $mnt/f4
xfs_io -f -c "pwrite -S 0x61 -b 1m 3219456 8m" $mnt/f1
xfs_io -c "falloc 18927616 7m" $mnt/f4
xfs_io -f -c "falloc -k 30752768 32k" $mnt/f5
umount $mnt
mount $dev $mnt
xfs_io -c "reflink $mnt/f0 19050496 12328960 7376896" $mnt/f4
xfs_io -c "fpunch 21798912 64k" $mnt/f2
xfs_io -c "reflink $mnt/f1 5931008 11886592 4145152" $mnt/f4
sync
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "dedupe $mnt/s1/f3 1101824 8k 4k" $mnt/f0
xfs_io -f -c "falloc -k 11010048 216k" $mnt/f6
xfs_io -c "reflink $mnt/f1 7995392 13201408 4829184" $mnt/f5
xfs_io -c "fpunch 9400320 40k" $mnt/f5
xfs_io -c "falloc -k 27426816 4k" $mnt/f3
