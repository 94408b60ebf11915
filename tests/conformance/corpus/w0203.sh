# extsim conformance workload, gen.py seed 203 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x61 16666624 2159" -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 3391488 60k 28k" $mnt/f0
rm -f $mnt/f0
xfs_io -f -c "pwrite -S 0x62 17391616 6189" $mnt/sv/g0
xfs_io -c "fpunch 16207872 44k" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g0
rm $mnt/sv/g0
xfs_io -f -c "pwrite -S 0xcd 6275955 40k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 2174976 76k" $mnt/sv/g0
xfs_io -c "fpunch 13557760 52k" $mnt/sv/g0
xfs_io -f -c "falloc -k 32530432 8m" $mnt/sv/g1
xfs_io -c "reflink $mnt/f0 868k 4673536 5432179" $mnt/f0
xfs_io -c "pwrite 5649288 24k" $mnt/f0
xfs_io -c "reflink $mnt/sv/g0 104k 24920064 312k" $mnt/f0
xfs_io -c "pwrite -S 0xcd -b 1m 500k 3m" $mnt/sv/g0
sync
xfs_io -f -c "pwrite -S 0x61 19271680 16k" $mnt/f1
xfs_io -c "pwrite -S 0x63 19054592 56k" $mnt/sv/g1
xfs_io -c "falloc -k 17751800 204k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 3497984 512k 32k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/f0 12713984 20k 32k" $mnt/f0
xfs_io -c "fpunch 32051200 56k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g1 3268608 5779456 4517888" $mnt/f0
xfs_io -c "fzero 1282048 36k" $mnt/sv/g1
xfs_io -c "fpunch 1252931 100k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 204k 12k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 -b 1m 16117760 6m" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "falloc 8380560 15m" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x62 21999616 72k" -c "fdatasync" $mnt/f2
