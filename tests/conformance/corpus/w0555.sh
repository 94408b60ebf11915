# extsim conformance workload, gen.py seed 555
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "falloc -k 4743168 2074" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 0 0 4k" $mnt/sv/g0
xfs_io -c "falloc -k 3702784 64k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 0 4669440 4k" $mnt/sv/g0
xfs_io -c "truncate 8335360" $mnt/sv/g0
sync
xfs_io -c "dedupe $mnt/sv/g0 5652480 4k 20k" $mnt/sv/g0
xfs_io -c "fzero 3665920 16k" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 5925795 68k" -c "fsync" $mnt/sv/g0
xfs_io -c "fpunch 2740224 4k" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd 1486848 56k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 5529600 104k" $mnt/sv/g0
btrfs subvolume snapshot $mnt $mnt/s1
md5sum $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 3351662 148k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 5677056 5836800 700k" $mnt/sv/g0
btrfs subvolume snapshot $mnt/sv $mnt/s2
xfs_io -c "falloc 374204 148k" $mnt/s2/g0
xfs_io -c "dedupe $mnt/sv/g0 716k 28k 28k" $mnt/s2/g0
rm -f $mnt/s2/g0
rm $mnt/sv/g0
sync
xfs_io -f -c "reflink $mnt/s1/g0 0 7901184 4k" $mnt/s1/g0
xfs_io -c "falloc 1560576 248k" $mnt/s1/g0
xfs_io -c "truncate 44k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 5062656 244k" $mnt/s2/g0
xfs_io -c "fsync" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g0 24k 0 24k" $mnt/s2/g0
xfs_io -c "pwrite -S 0x63 4528889 36k" $mnt/s2/g0
xfs_io -c "pwrite 2155062 44k" $mnt/s2/g0
xfs_io -c "pwrite 2498560 44k" $mnt/s1/g0
md5sum $mnt/s1/g0
xfs_io -c "reflink $mnt/s2/g0 4685824 320k 232k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x61 3907584 257" -c "fdatasync" $mnt/sv/g0
xfs_io -c "reflink $mnt/s2/g0 4997120 96k 256k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s2/g0 2826240 3645440 836k" $mnt/sv/g0
