# extsim conformance workload, gen.py seed 462
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0xcd 4561904 3050" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 1834316 52k" $mnt/sv/g0
xfs_io -c "falloc -k 608k 16k" $mnt/sv/g0
xfs_io -c "falloc 1961984 8k" $mnt/sv/g0
xfs_io -c "fpunch 2722541 5836" $mnt/sv/g0
xfs_io -c "pwrite 7994743 156k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 148k 1138688 7684096" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 5685248 40k" -c "fdatasync" $mnt/sv/g0
md5sum $mnt/sv/g0
xfs_io -f -c "falloc -k 1888256 124k" $mnt/sv/g1
xfs_io -c "fdatasync" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g1 0 5660672 4k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x62 1662976 16k" $mnt/sv/g2
sync
xfs_io -c "pwrite -S 0x62 891255 152k" $mnt/sv/g2
xfs_io -f -c "pwrite -S 0x62 8261632 64k" $mnt/sv/g0
sync
xfs_io -c "fpunch 3031040 20k" $mnt/sv/g2
rm $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 1474560 36k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x63 4329472 3701" $mnt/sv/g1
xfs_io -r -c "fiemap -v" $mnt/sv/g2
xfs_io -c "fpunch 3464646 7013" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x61 865773 4322" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g1 3633152 64k 20k" $mnt/sv/g1
md5sum $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g2 1277952 40k 12k" $mnt/sv/g1
xfs_io -c "falloc 736k 12k" $mnt/sv/g2
sync
xfs_io -c "fzero -k 504k 3203" $mnt/sv/g2
xfs_io -c "fpunch 3436544 192k" $mnt/sv/g1
xfs_io -c "pwrite -S 0xcd 1139253 4524" $mnt/sv/g1
xfs_io -c "pwrite -S 0x61 2129920 256k" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g1 3756032 5664768 56k" $mnt/sv/g1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "reflink $mnt/sv/g2 1187840 7430144 32k" $mnt/sv/g2
xfs_io -c "pwrite 4960256 16k" $mnt/sv/g2
xfs_io -f -c "pwrite -S 0x62 2834432 128k" $mnt/sv/g2
rm -f $mnt/sv/g2
xfs_io -f -c "pwrite -S 0x62 4530176 144k" $mnt/sv/g1
xfs_io -c "fpunch 4603904 40k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x61 2761158 44k" $mnt/sv/g1
chattr +C $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g1 3117056 2117632 192k" $mnt/sv/g1
xfs_io -c "falloc -k 3809280 20k" $mnt/sv/g1
md5sum $mnt/sv/g1
xfs_io -c "falloc 7999488 64k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x61 7649467 7715" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g1 2117632 5279744 5955584" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g1 1155072 5562368 2347008" $mnt/sv/g1
xfs_io -c "pwrite -S 0x62 5820416 16k" $mnt/sv/g1
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0x63 4149248 56k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x62 1953792 5735" -c "fdatasync" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x62 5373952 236k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x61 3375104 188k" -c "fsync" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g1 6496256 4366336 4k" $mnt/sv/g1
xfs_io -f -c "falloc 3608576 20k" $mnt/f0
xfs_io -c "pwrite 1994752 216k" $mnt/sv/g1
xfs_io -c "reflink $mnt/f0 244k 408k 3313664" $mnt/sv/g1
