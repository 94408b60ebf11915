# extsim conformance workload, gen.py seed 391 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "reflink $mnt/f0 0 3076096 4k" $mnt/f0
btrfs subvolume snapshot -r $mnt/sv $mnt/s1
xfs_io -c "pwrite 18427904 56k" -c "fdatasync" $mnt/f0
xfs_io -c "truncate 25219072" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 20111360 172k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 22495232 60k" $mnt/f0
xfs_io -c "reflink $mnt/f0 20762624 13152256 3969024" $mnt/f0
xfs_io -c "pwrite -S 0x63 16494592 52k" $mnt/f0
rm -f $mnt/f0
touch $mnt/f0
chattr +C $mnt/f0
xfs_io -c "dedupe $mnt/f0 0 0 12k" $mnt/f0
md5sum $mnt/f0
xfs_io -c "dedupe $mnt/f0 5685248 11166551 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 2932736 4k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 -b 1m 32870400 8m" $mnt/f0
xfs_io -c "reflink $mnt/f0 29085696 15597568 12181504" $mnt/f0
xfs_io -c "falloc 40554496 16m" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 5632000 48k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x63 -b 1m 8802304 9m" $mnt/sv/g2
xfs_io -c "pwrite 1777664 40k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/f0 11702272 12k 16k" $mnt/f0
xfs_io -c "pwrite -S 0x62 2252800 4m" $mnt/sv/g1
xfs_io -f -c "truncate 11708040" $mnt/f1
xfs_io -c "fpunch 3768320 44k" $mnt/sv/g2
xfs_io -c "falloc 2895872 1m" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 592k 2146304 1839104" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g2 1142784 22364160 4530176" $mnt/sv/g0
chattr +C $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 5824512 13m" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 24630645 32k" -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/sv/g0 15245312 5881856 16k" $mnt/sv/g0
rm $mnt/f0
xfs_io -c "fpunch 871852 36k" $mnt/sv/g1
xfs_io -c "fsync" $mnt/f1
xfs_io -c "fpunch 1511424 16k" $mnt/sv/g2
xfs_io -c "pwrite -S 0x61 32024017 36k" $mnt/sv/g2
sync
xfs_io -f -c "pwrite -S 0x62 -b 1m 4489216 15m" -c "fdatasync" $mnt/f1
xfs_io -c "truncate 13446922" $mnt/f1
xfs_io -c "reflink $mnt/sv/g2 14315520 10481664 0" $mnt/f1
touch $mnt/f2
chattr +C $mnt/f2
rm $mnt/sv/g0
xfs_io -f -c "falloc 16657247 3m" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 16174494 36k" $mnt/f0
xfs_io -c "truncate 1949605" $mnt/sv/g2
xfs_io -c "falloc 16474112 4k" $mnt/f0
xfs_io -f -c "pwrite 16551936 36k" $mnt/f0
xfs_io -c "pwrite -S 0xcd -b 1m 10981376 1m" $mnt/f0
xfs_io -c "falloc -k 640k 164k" $mnt/sv/g2
sync
rm $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g2 1363968 12k 24k" $mnt/f0
