# extsim conformance workload, gen.py seed 599 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
sync
xfs_io -f -c "falloc -k 20342052 3m" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 22265856 12m" -c "fsync" $mnt/f0
xfs_io -c "fpunch 6447104 16k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 10412032 16m" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
sync
xfs_io -c "pwrite -S 0x62 -b 1m 21659648 16m" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 27222016 4m" $mnt/s1/f0
xfs_io -c "fpunch 11481088 16k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 11423744 31678464 22298624" $mnt/f0
xfs_io -c "fpunch 25694208 60k" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f0 8753152 8749056 20k" $mnt/s1/f0
chattr +C $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x62 -b 1m 7049216 15m" $mnt/f1
sync
xfs_io -c "reflink $mnt/f0 53432320 32911360 268k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 7045120 0 46936064" $mnt/s1/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 9728000 18771968 32k" $mnt/s1/f0
xfs_io -c "truncate 9912320" $mnt/f0
xfs_io -c "pwrite -S 0xcd 9299171 8k" -c "fdatasync" $mnt/f0
xfs_io -f -c "reflink $mnt/f1 20156416 6889472 1150976" $mnt/f2
xfs_io -c "pwrite -S 0xcd 452k 148k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 9826304 20k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1904640 20k" $mnt/f2
xfs_io -c "pwrite -S 0x61 -b 1m 31531008 4m" $mnt/f2
xfs_io -c "dedupe $mnt/f1 4448256 0 20k" $mnt/s1/f0
xfs_io -c "reflink $mnt/f2 26415104 6557696 6389760" $mnt/f0
xfs_io -c "pwrite -S 0x63 28209152 20k" $mnt/f2
sync
sync
xfs_io -c "reflink $mnt/f0 11714560 11706368 12k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 104k 0 12845056" $mnt/f2
xfs_io -c "falloc 34586624 12k" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f0 8994816 48k 13701120" $mnt/f2
xfs_io -c "dedupe $mnt/s1/f0 16539648 10190848 28k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/f0 18202624 1507328 12k" $mnt/f2
xfs_io -c "fdatasync" $mnt/f1
xfs_io -c "reflink $mnt/f2 14741504 11059200 5865472" $mnt/f1
xfs_io -c "dedupe $mnt/f0 2920448 0 28k" $mnt/f0
xfs_io -c "falloc 9830179 8k" $mnt/f1
xfs_io -c "pwrite -S 0x63 22663168 56k" $mnt/f1
xfs_io -c "dedupe $mnt/f2 7086080 7868416 32k" $mnt/f0
xfs_io -c "pwrite -b 1m 16134144 6m" $mnt/f1
xfs_io -c "reflink $mnt/s1/f0 20303872 20316160 20k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 9961363 184k" $mnt/s1/g0
xfs_io -c "reflink $mnt/f2 7589888 360k 22597632" $mnt/f1
xfs_io -c "falloc 6018144 56k" $mnt/s1/g0
xfs_io -f -c "falloc 4485120 5m" $mnt/f3
xfs_io -c "dedupe $mnt/f2 14659584 0 21069824" $mnt/f2
xfs_io -c "falloc 7008256 56k" $mnt/s1/g0
xfs_io -c "fpunch 19546112 250" $mnt/f1
xfs_io -c "dedupe $mnt/f2 30277632 0 5451776" $mnt/s1/g0
xfs_io -c "dedupe $mnt/f0 3301376 0 9650176" $mnt/s1/g0
sync
xfs_io -f -c "pwrite -b 1m 31461376 7m" $mnt/f4
xfs_io -c "dedupe $mnt/s1/g0 3694592 3682304 20k" $mnt/s1/g0
chattr +C $mnt/f1
xfs_io -c "pwrite -S 0x61 1699840 10530" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/f0 468k 20k 24k" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite 13729792 36k" -c "fdatasync" $mnt/f5
xfs_io -c "fsync" $mnt/s1/g0
xfs_io -c "fpunch 2138112 2583" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0xcd 3858432 36k" -c "fdatasync" $mnt/f3
xfs_io -c "truncate 2899968" $mnt/f1
