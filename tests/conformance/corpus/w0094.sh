# extsim conformance workload, gen.py seed 94 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
sync
xfs_io -f -c "falloc 1368064 14m" $mnt/f0
xfs_io -c "fpunch 3584000 7633" $mnt/f0
sync
xfs_io -c "falloc 25137152 8k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1372160 15101952 4k" $mnt/f0
xfs_io -c "fpunch 1679360 64k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 18755584 24383488 32k" $mnt/f0
xfs_io -c "reflink $mnt/f0 18546688 4345856 6602752" $mnt/f0
xfs_io -c "truncate 11326967" $mnt/f0
xfs_io -c "reflink $mnt/f0 5591040 6975488 5748215" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 2334720 5418" $mnt/f0
xfs_io -c "falloc 10723328 5076" $mnt/f0
xfs_io -c "reflink $mnt/f0 20k 4112384 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 30347264 56k" $mnt/f0
sync
rm $mnt/f0
xfs_io -f -c "truncate 1912832" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 16650240 64k" $mnt/f1
xfs_io -c "reflink $mnt/f0 1556480 9388032 24k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 1900544 1896448 24k" $mnt/f0
xfs_io -c "reflink $mnt/f1 6520832 15081472 9m" $mnt/f1
xfs_io -c "fsync" $mnt/f0
xfs_io -c "truncate 11116544" $mnt/f1
xfs_io -c "pwrite -S 0x61 -b 1m 392k 10m" $mnt/f0
xfs_io -c "fzero -k 5500928 9970" $mnt/f1
xfs_io -c "reflink $mnt/f1 3m 8851456 4562944" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 9986048 56k" $mnt/f2
xfs_io -c "dedupe $mnt/f0 3858432 420k 12k" $mnt/f0
xfs_io -c "reflink $mnt/f1 5885952 25874432 1728512" $mnt/f1
xfs_io -c "dedupe $mnt/f2 8032256 0 2015232" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "falloc 5369856 88k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 10244096 52k 16k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 5660672 12k" $mnt/f3
xfs_io -c "falloc -k 4268032 16k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 27009024 604k 208k" $mnt/f3
xfs_io -c "pwrite 692k 72k" $mnt/f2
xfs_io -c "fsync" $mnt/f2
xfs_io -c "pwrite -S 0x62 -b 1m 2277376 2m" $mnt/f1
xfs_io -c "fdatasync" $mnt/f2
touch $mnt/f4
chattr +C $mnt/f4
xfs_io -c "reflink $mnt/f2 9015296 10625024 1008k" $mnt/f4
xfs_io -c "falloc 2804627 4m" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 12050432 8m" -c "fdatasync" $mnt/f3
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "truncate 17461248" $mnt/f2
xfs_io -c "falloc 20176896 24k" $mnt/f4
xfs_io -c "falloc 172k 12m" $mnt/f2
xfs_io -c "dedupe $mnt/f0 5541888 452k 20k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 19632128 15m" $mnt/f5
xfs_io -f -c "pwrite -S 0x62 13148160 48k" $mnt/f6
xfs_io -f -c "pwrite -S 0x61 8708779 96k" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 21856256 36k" $mnt/f1
sync
xfs_io -c "dedupe $mnt/s1/f1 15110144 0 12496896" $mnt/f4
xfs_io -f -c "pwrite -S 0xcd -b 1m 2142208 13m" $mnt/f3
xfs_io -f -c "falloc 9142272 32k" $mnt/f7
xfs_io -c "reflink $mnt/f0" $mnt/f5
xfs_io -c "fpunch 11268096 4379" $mnt/f3
