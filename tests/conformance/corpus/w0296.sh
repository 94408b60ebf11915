# extsim conformance workload, gen.py seed 296
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x62 172k 256k" $mnt/f0
xfs_io -c "pwrite 324080 60k" $mnt/f0
xfs_io -c "pwrite -S 0x63 228k 200k" $mnt/f0
xfs_io -c "reflink $mnt/f0 48k 1372160 384k" $mnt/f0
xfs_io -c "pwrite -S 0x61 304978 8k" $mnt/f0
xfs_io -c "reflink $mnt/f0" $mnt/f0
xfs_io -c "reflink $mnt/f0 428k 1417216 12k" $mnt/f0
xfs_io -c "fpunch 155176 44k" $mnt/f0
xfs_io -f -c "falloc 352k 248k" $mnt/sv/g0
xfs_io -f -c "pwrite 152k 56k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 280k 176k 332k" $mnt/sv/g0
xfs_io -f -c "pwrite 1011347 16k" $mnt/sv/g1
rm $mnt/sv/g0
xfs_io -f -c "falloc 896k 48k" $mnt/sv/g0
xfs_io -c "falloc 632k 8k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 632k 52k" $mnt/sv/g1
xfs_io -c "falloc 400k 32k" $mnt/sv/g1
xfs_io -c "falloc 1314037 7977" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 152k 8k" $mnt/sv/g0
xfs_io -c "truncate 556566" $mnt/sv/g1
xfs_io -c "dedupe $mnt/f0 352k 276k 16k" $mnt/f0
xfs_io -c "reflink $mnt/f0 12k 348k 288k" $mnt/f0
xfs_io -c "dedupe $mnt/sv/g0 860k 1081344 28k" $mnt/f0
xfs_io -c "fsync" $mnt/sv/g1
xfs_io -c "pwrite 488k 160k" $mnt/sv/g1
sync
rm -f $mnt/sv/g1
xfs_io -c "falloc -k 237698 60k" $mnt/sv/g0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x61 304k 56k" $mnt/f0
md5sum $mnt/sv/g0
