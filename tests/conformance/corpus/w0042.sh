# extsim conformance workload, gen.py seed 42 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x62 2130816 4k" $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
touch $mnt/sv/g0
chattr +C $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 -b 1m 1105920 15m" $mnt/f0
xfs_io -c "dedupe $mnt/f0 2330624 1110016 24k" $mnt/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 -b 1m 24481792 7m" $mnt/sv/g1
sync
xfs_io -c "dedupe $mnt/sv/g1 12730368 0 19095552" $mnt/f1
xfs_io -f -c "falloc 3752068 168k" $mnt/f2
xfs_io -c "falloc 13275136 15m" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 17629184 52k" $mnt/f1
xfs_io -c "reflink $mnt/f0 5365760 28327936 11476992" $mnt/f0
xfs_io -c "fzero 18563072 11809" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 22828789 4k" $mnt/sv/g1
xfs_io -f -c "reflink $mnt/sv/g1 5128192 36k 12550144" $mnt/sv/g2
xfs_io -c "reflink $mnt/f2 984k 5283840 2920580" $mnt/f2
md5sum $mnt/sv/g1
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "pwrite -S 0x62 -b 1m 20353024 7m" $mnt/sv/g1
sync
xfs_io -f -c "reflink $mnt/f0 2146304 22687744 14692352" $mnt/sv/g3
xfs_io -c "dedupe $mnt/sv/g2 10584064 4k 8k" $mnt/f0
xfs_io -c "pwrite 7983104 20k" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 27586560 2m" -c "fdatasync" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0xcd 6156288 12k" $mnt/f1
sync
xfs_io -f -c "pwrite -S 0x61 -b 1m 32587776 13m" -c "fsync" $mnt/f3
xfs_io -c "fzero 19140608 4m" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0xcd 36386053 9572" $mnt/f3
xfs_io -c "reflink $mnt/f1 7888896 16519168 6774784" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 5304320 44k" $mnt/sv/g2
xfs_io -c "fsync" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x62 -b 1m 8896512 3m" $mnt/f1
xfs_io -c "dedupe $mnt/f1 9011200 10428416 44k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 28391975 36k" -c "fsync" $mnt/sv/g0
xfs_io -c "falloc 651039 104k" $mnt/sv/g3
xfs_io -c "dedupe $mnt/f2 14417920 16k 24k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 8372224 56k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1666763 56k" $mnt/f4
umount $mnt
mount $dev $mnt
touch $mnt/sv/g4
chattr +C $mnt/sv/g4
xfs_io -c "pwrite -S 0x63 -b 1m 4657152 9m" $mnt/f3
xfs_io -c "reflink $mnt/f1 8761344 2564096 2998272" $mnt/f0
xfs_io -c "fpunch 17161829 36k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 13221888 10883" $mnt/f0
xfs_io -c "pwrite -S 0x62 668k 20k" $mnt/f4
sync
xfs_io -c "pwrite 20389888 44k" $mnt/f4
rm $mnt/f2
xfs_io -c "falloc -k 10412848 758" $mnt/sv/g1
xfs_io -f -c "falloc 13045760 52k" $mnt/f2
xfs_io -c "falloc 28531934 4m" $mnt/f0
xfs_io -c "pwrite -S 0xcd 21291008 224k" $mnt/f1
rm $mnt/sv/g2
md5sum $mnt/f3
xfs_io -c "fsync" $mnt/sv/g4
xfs_io -c "fsync" $mnt/sv/g3
btrfs subvolume snapshot $mnt/sv $mnt/s1
xfs_io -f -c "falloc -k 10252288 3m" $mnt/f5
