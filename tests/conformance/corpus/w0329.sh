# extsim conformance workload, gen.py seed 329
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 32k 8k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 4k 28k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 32207 168k" $mnt/sv/g0
btrfs subvolume snapshot $mnt/sv $mnt/s1
xfs_io -c "falloc -k 172978 56k" $mnt/sv/g0
xfs_io -c "fpunch 808k 92k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 56k 2377" $mnt/sv/g0
xfs_io -f -c "reflink $mnt/s1/g0 52k 144k 0" $mnt/f0
xfs_io -c "pwrite -S 0x63 444k 24k" $mnt/f0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 776k 12k" $mnt/f0
sync
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -c "falloc -k 52k 44k" $mnt/sv/g0
xfs_io -f -c "falloc -k 145491 164k" $mnt/s1/g1
xfs_io -c "reflink $mnt/f0" $mnt/s1/g1
xfs_io -c "pwrite -S 0x63 144057 36k" $mnt/s1/g0
xfs_io -c "fpunch 28k 208k" $mnt/f0
xfs_io -c "fpunch 179234 6396" $mnt/f0
xfs_io -c "dedupe $mnt/s1/g1 160k 544k 8k" $mnt/s1/g1
chattr +C $mnt/s1/g1
xfs_io -c "falloc 164k 4k" $mnt/sv/g0
rm $mnt/f0
xfs_io -c "falloc 736k 224k" $mnt/s1/g1
xfs_io -c "falloc -k 1004k 1095" $mnt/s1/g0
xfs_io -c "fsync" $mnt/s1/g0
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0x62 188k 6200" -c "fsync" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x62 124059 2662" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 204k 52k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x63 720k 52k" $mnt/s1/g2
xfs_io -c "reflink $mnt/s1/g0 144k 188k 32k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x61 476k 52k" -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/sv/g1 160k 728k 16k" $mnt/sv/g1
xfs_io -f -c "truncate 324259" $mnt/f1
xfs_io -c "falloc -k 532k 48k" $mnt/sv/g1
xfs_io -c "falloc 348k 64k" $mnt/s1/g1
xfs_io -c "pwrite -S 0x62 48k 40k" $mnt/sv/g1
xfs_io -c "falloc 48k 9889" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 52k 28k" $mnt/f1
btrfs subvolume snapshot -r $mnt/sv $mnt/s2
xfs_io -f -c "pwrite -S 0x61 684918 32k" -c "fdatasync" $mnt/s1/g2
xfs_io -f -c "pwrite -S 0x63 724k 48k" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 910804 28k" $mnt/s1/g3
xfs_io -c "falloc 8k 28k" $mnt/sv/g0
md5sum $mnt/s1/g1
xfs_io -c "fzero -k 528k 40k" $mnt/f2
xfs_io -c "fpunch 112k 52k" $mnt/s1/g2
xfs_io -c "dedupe $mnt/f2 0 32k 16k" $mnt/f0
xfs_io -c "reflink $mnt/s1/g3 893043 76k 24k" $mnt/sv/g0
xfs_io -c "fzero 824k 20k" $mnt/s1/g3
