# extsim conformance workload, gen.py seed 33 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
sync
xfs_io -f -c "reflink $mnt/f0 0 21540864 4k" $mnt/f0
xfs_io -c "reflink $mnt/f0 20750336 3526656 240k" $mnt/f0
xfs_io -c "truncate 21438464" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "falloc 21585920 9m" $mnt/f1
xfs_io -c "falloc 29502967 4m" $mnt/f1
xfs_io -c "pwrite 13754368 28k" $mnt/f0
xfs_io -c "reflink $mnt/f1 32288768 24260608 1412599" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 10952704 64k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/f1 28323840 27271168 20k" $mnt/f1
xfs_io -c "falloc 6660096 2m" $mnt/sv/g0
xfs_io -f -c "pwrite 19202048 48k" $mnt/sv/g1
sync
md5sum $mnt/f0
rm -f $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 6328320 3m" $mnt/sv/g1
xfs_io -c "dedupe $mnt/f1 10444800 52k 24k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 1396736 32k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1097728 40k" $mnt/sv/g1
xfs_io -c "fpunch 1012k 12k" $mnt/f0
xfs_io -c "reflink $mnt/sv/g0 6950912 9211904 4079616" $mnt/f1
xfs_io -c "reflink $mnt/f0" $mnt/f1
xfs_io -f -c "pwrite -b 1m 624k 1m" $mnt/f1
btrfs subvolume snapshot $mnt/sv $mnt/s1
xfs_io -c "falloc -k 25722880 13m" $mnt/f0
xfs_io -f -c "pwrite 10768384 12k" -c "fdatasync" $mnt/s1/g2
touch $mnt/s1/g3
chattr +C $mnt/s1/g3
xfs_io -c "fzero -k 3305472 36k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x62 -b 1m 976k 14m" $mnt/f1
xfs_io -f -c "pwrite 6148096 16k" $mnt/sv/g2
xfs_io -c "reflink $mnt/s1/g2 9117696 5001216 1675264" $mnt/sv/g2
xfs_io -c "falloc -k 28k 252k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1261568 48k" $mnt/f0
xfs_io -c "reflink $mnt/s1/g2 10420224 2940928 304k" $mnt/sv/g2
xfs_io -f -c "pwrite -S 0x63 6008832 200k" $mnt/sv/g2
xfs_io -c "reflink $mnt/s1/g3 0 8921088 12k" $mnt/s1/g2
xfs_io -c "fsync" $mnt/sv/g1
xfs_io -c "pwrite -S 0x62 26013696 20k" $mnt/s1/g3
xfs_io -c "fpunch 19251200 40k" $mnt/s1/g2
xfs_io -f -c "pwrite -S 0x62 21459559 236k" $mnt/f1
sync
xfs_io -c "dedupe $mnt/sv/g1 4145152 0 16k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/g3 18427904 0 7610368" $mnt/s1/g0
btrfs subvolume snapshot $mnt/sv $mnt/s2
xfs_io -c "reflink $mnt/s1/g0 2912256 18784256 6008832" $mnt/s1/g3
xfs_io -c "pwrite 1016k 4k" $mnt/s2/g2
xfs_io -f -c "reflink $mnt/s1/g0 8355840 21499904 1212416" $mnt/sv/g3
xfs_io -c "fpunch 5435392 20k" $mnt/sv/g2
xfs_io -c "pwrite 8921945 52k" $mnt/s2/g2
xfs_io -c "fzero 6725632 36k" $mnt/s1/g3
xfs_io -c "pwrite -S 0x61 13785274 16k" $mnt/f1
xfs_io -c "falloc 5615616 4m" $mnt/s2/g0
xfs_io -c "pwrite 8908800 56k" $mnt/s1/g2
xfs_io -c "pwrite -S 0x62 28839936 8k" $mnt/sv/g3
xfs_io -c "fzero 10330112 112k" $mnt/s1/g3
md5sum $mnt/sv/g1
xfs_io -c "falloc 8676232 36k" $mnt/s2/g0
sync
xfs_io -f -c "falloc 1368064 48k" $mnt/sv/g4
xfs_io -c "truncate 6270976" $mnt/sv/g0
