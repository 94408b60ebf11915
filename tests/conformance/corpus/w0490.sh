# extsim conformance workload, gen.py seed 490
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite 4136960 56k" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd 744k 36k" $mnt/sv/g0
btrfs subvolume snapshot -r $mnt/sv $mnt/s1
xfs_io -c "fpunch 3657373 40k" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g0
rm -f $mnt/s1/g0
xfs_io -c "pwrite -S 0xcd 1093632 3412" $mnt/sv/g0
xfs_io -c "falloc -k 1955167 4k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 1724416 3m" $mnt/sv/g0
xfs_io -c "falloc 4407296 9795" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0xcd 4276224 248k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "fpunch 2318336 256k" $mnt/sv/g0
sync
xfs_io -c "dedupe $mnt/s1/g0 3911680 60k 8k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 1228800 64k" $mnt/sv/g0
xfs_io -c "falloc 3763867 172k" $mnt/sv/g0
sync
xfs_io -f -c "pwrite 4540119 144k" $mnt/sv/g0
xfs_io -c "falloc 7287142 60k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 6332416 2867200 28k" $mnt/sv/g0
xfs_io -f -c "pwrite 5443584 36k" -c "fsync" $mnt/sv/g0
xfs_io -f -c "reflink $mnt/s1/g0 4120576 5103616 68k" $mnt/sv/g1
xfs_io -f -c "pwrite 3608576 80k" $mnt/sv/g1
xfs_io -c "fpunch 3518464 8500" $mnt/sv/g1
xfs_io -c "pwrite -S 0xcd 6320128 56k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g1 928k 1810432 28k" $mnt/sv/g0
rm $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd 4931584 1790" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x61 524k 52k" -c "fdatasync" $mnt/sv/g0
touch $mnt/f0
chattr +C $mnt/f0
xfs_io -c "truncate 4840639" $mnt/f0
xfs_io -c "truncate 100k" $mnt/f0
xfs_io -c "fpunch 5488640 20k" $mnt/f0
xfs_io -c "reflink $mnt/sv/g0 496k 3719168 80k" $mnt/sv/g1
xfs_io -c "fpunch 564k 60k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 3473408 84k" $mnt/f0
sync
xfs_io -c "pwrite 1933312 16k" -c "fsync" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g1 7512064 7520256 16k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x62 7344128 64k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 -b 1m 6348800 1m" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g1 3428352 28k 12k" $mnt/f0
xfs_io -c "reflink $mnt/s1/g0 240k 4112384 1957888" $mnt/f0
xfs_io -c "dedupe $mnt/sv/g0 7m 3747840 4k" $mnt/sv/g1
xfs_io -c "fpunch 2405988 8k" $mnt/sv/g0
xfs_io -c "pwrite -b 1m 2623800 2m" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g0 2596864 592k 3940352" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 3907584 36k" $mnt/sv/g0
chattr +C $mnt/f0
xfs_io -c "falloc -k 8278016 24k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/f0 6012928 36k 24k" $mnt/f0
xfs_io -c "reflink $mnt/s1/g0 1789952 3551232 1008k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 3813376 16k" $mnt/f0
xfs_io -c "pwrite -S 0x61 700434 1682" $mnt/f0
rm -f $mnt/s1/g0
touch $mnt/sv/g2
chattr +C $mnt/sv/g2
xfs_io -c "reflink $mnt/f0 5545984 5996402 12020" $mnt/f0
sync
xfs_io -c "reflink $mnt/f0 1110016 5341184 920k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/s1/g0
xfs_io -c "falloc 3710976 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1568768 100k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 236k 6155" $mnt/sv/g1
xfs_io -c "fpunch 3391488 52k" $mnt/sv/g0
rm -f $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x62 5931008 56k" $mnt/sv/g1
rm $mnt/f0
