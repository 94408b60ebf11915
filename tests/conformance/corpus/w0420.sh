# extsim conformance workload, gen.py seed 420
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
sync
xfs_io -f -c "pwrite -S 0x62 2031616 10225" $mnt/f0
xfs_io -c "reflink $mnt/f0 1429504 984k 112k" $mnt/f0
xfs_io -c "falloc 336k 28k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1683456 32k 12k" $mnt/f0
rm $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 796k 52k" $mnt/f0
xfs_io -c "reflink $mnt/f0 724k 680k 60k" $mnt/f0
xfs_io -c "reflink $mnt/f0 676k 256k 116k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 176k 104k" $mnt/f1
xfs_io -c "fsync" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0x62 964k 40k" -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f1 128k 888k 28k" $mnt/f0
xfs_io -c "pwrite -S 0x61 587387 32k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 2043904 16k" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite -S 0x62 28k 1691" -c "fsync" $mnt/s1/f2
xfs_io -c "fpunch 380671 16k" $mnt/s1/f1
xfs_io -c "pwrite -S 0x62 560k 4m" $mnt/s1/f1
xfs_io -c "fpunch 544k 20k" $mnt/s1/f1
xfs_io -c "pwrite -S 0xcd 3735552 200k" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x62 308k 36k" $mnt/s1/f1
xfs_io -c "fzero 160k 44k" $mnt/s1/f0
xfs_io -c "fpunch 528k 20k" $mnt/s1/f0
sync
xfs_io -c "fpunch 1155072 52k" $mnt/f2
