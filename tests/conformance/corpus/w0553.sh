# extsim conformance workload, gen.py seed 553 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 4k 1875968 8k" $mnt/f0
sync
xfs_io -c "truncate 18414000" $mnt/f0
xfs_io -c "fzero -k 358563 8k" $mnt/f0
xfs_io -c "falloc -k 32366592 40k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 3686400 3686400 32k" $mnt/f0
xfs_io -c "falloc 12140544 11m" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 19214336 4k" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 14495744 11m" -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f0 7901184 31649792 18132992" $mnt/f0
xfs_io -c "dedupe $mnt/f0 2207744 10383360 8k" $mnt/f0
xfs_io -c "reflink $mnt/f0 19963904 15683584 5062656" $mnt/f0
md5sum $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1974272 40k" $mnt/f0
xfs_io -c "falloc -k 17317017 28k" $mnt/f0
xfs_io -c "reflink $mnt/f0 13877248 9924608 9363456" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 25534711 168k" $mnt/f1
xfs_io -c "pwrite -S 0x61 12193792 8k" $mnt/f1
xfs_io -c "pwrite -S 0x61 7954432 1322" $mnt/f1
xfs_io -f -c "reflink $mnt/f1 11329536 31879168 564k" $mnt/f2
xfs_io -c "dedupe $mnt/f1 7458816 0 8k" $mnt/f2
md5sum $mnt/f0
xfs_io -c "reflink $mnt/f2 32198656 14557184 72k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 8425472 29937664 4870144" $mnt/f3
xfs_io -c "falloc 5185536 52k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 7241728 44k 28k" $mnt/f0
sync
rm $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f3
sync
xfs_io -c "fpunch 30765056 3m" $mnt/f2
xfs_io -f -c "pwrite -S 0xcd 27971584 9828" $mnt/f3
xfs_io -c "reflink $mnt/f3 33951744 644k 32k" $mnt/f2
xfs_io -c "truncate 11694080" $mnt/f3
xfs_io -c "pwrite 13279232 32k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1339392 96k" $mnt/f3
xfs_io -f -c "pwrite -S 0x61 -b 1m 30220288 3m" -c "fsync" $mnt/f0
xfs_io -c "truncate 4753799" $mnt/f3
xfs_io -c "pwrite -S 0x61 2461696 72k" $mnt/f3
xfs_io -c "pwrite -S 0x63 -b 1m 29450240 12m" $mnt/f0
xfs_io -c "truncate 18567933" $mnt/f2
xfs_io -c "pwrite -S 0x62 20275200 24k" $mnt/f3
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -c "fzero 33319010 184k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 6678773 40k" $mnt/f3
xfs_io -c "dedupe $mnt/f3 6238208 18509824 216k" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 26337280 8k" $mnt/f4
xfs_io -c "falloc -k 13979648 40k" $mnt/f3
sync
md5sum $mnt/f1
xfs_io -c "falloc -k 1622016 16k" $mnt/f4
xfs_io -c "reflink $mnt/f0 15454208 21663744 13942784" $mnt/f4
