# extsim conformance workload, gen.py seed 507
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0xcd 756k 16k" $mnt/f0
xfs_io -c "pwrite -S 0x63 556k 64k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 48k 20k 24k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
sync
xfs_io -c "fsync" $mnt/f0
xfs_io -c "falloc 614591 64k" $mnt/f0
xfs_io -c "pwrite -S 0x61 950846 112k" $mnt/f0
xfs_io -c "truncate 788k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
rm $mnt/f0
xfs_io -f -c "reflink $mnt/f0 0 860k 4k" $mnt/f0
xfs_io -c "fpunch 984k 8k" $mnt/f0
xfs_io -c "fpunch 276k 48k" $mnt/f0
xfs_io -c "fzero -k 276k 108k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 557358 11272" $mnt/f0
sync
xfs_io -c "dedupe $mnt/f0 124k 240k 20k" $mnt/f0
xfs_io -c "fpunch 827517 200k" $mnt/f0
xfs_io -f -c "falloc -k 640k 56k" $mnt/f1
rm -f $mnt/f1
xfs_io -c "truncate 410724" $mnt/f0
sync
xfs_io -c "truncate 961736" $mnt/f0
xfs_io -c "truncate 632k" $mnt/f0
rm $mnt/f0
xfs_io -f -c "truncate 97165" $mnt/f0
xfs_io -c "truncate 608k" $mnt/f0
xfs_io -c "pwrite -S 0x62 151432 52k" -c "fsync" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x62 296k 7519" -c "fdatasync" $mnt/f0
rm $mnt/f0
touch $mnt/sv/g0
chattr +C $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 860k 52k" $mnt/sv/g0
xfs_io -c "falloc 674862 56k" $mnt/sv/g0
xfs_io -c "fzero -k 660k 160k" $mnt/sv/g0
xfs_io -c "fpunch 892k 32k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 -b 1m 45366 2m" -c "fsync" $mnt/sv/g1
rm $mnt/sv/g0
xfs_io -c "fpunch 60k 28k" $mnt/sv/g1
touch $mnt/f0
chattr +C $mnt/f0
xfs_io -c "fpunch 588k 7802" $mnt/f0
xfs_io -c "pwrite -S 0x63 213915 60k" $mnt/sv/g1
xfs_io -c "falloc 540k 48k" $mnt/sv/g1
xfs_io -c "fzero 664493 8k" $mnt/sv/g1
xfs_io -c "fpunch 696k 36k" $mnt/sv/g1
touch $mnt/sv/g0
chattr +C $mnt/sv/g0
chattr +C $mnt/sv/g0
xfs_io -c "falloc -k 688k 24k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 0 888k 8k" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g1
