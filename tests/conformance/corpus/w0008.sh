# extsim conformance workload, gen.py seed 8
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite 428k 7986" $mnt/f0
xfs_io -c "truncate 544k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 96k 772k 420k" $mnt/sv/g0
xfs_io -c "fpunch 508k 28k" $mnt/f0
xfs_io -c "dedupe $mnt/sv/g0 396k 148k 8k" $mnt/f0
xfs_io -c "dedupe $mnt/sv/g0 1167360 44k 32k" $mnt/f0
xfs_io -c "truncate 329029" $mnt/f0
sync
xfs_io -c "reflink $mnt/sv/g0 144k 1142784 4k" $mnt/sv/g0
xfs_io -c "falloc -k 608k 112k" $mnt/sv/g0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0xcd 4k 24k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x63 70069 200k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "dedupe $mnt/f0 172k 72k 4k" $mnt/f0
sync
rm $mnt/sv/g0
xfs_io -c "fpunch 261633 24k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 41878 64k" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "reflink $mnt/s1/f0 184k 228k 120k" $mnt/f0
btrfs subvolume snapshot $mnt/sv $mnt/s2
xfs_io -c "pwrite -S 0x62 304k 28k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 40k 456k 168k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 656k 48k" $mnt/f0
xfs_io -c "reflink $mnt/f0 700k 364k 48k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f0 276k 236k 436k" $mnt/f0
xfs_io -c "falloc -k 861167 4m" $mnt/f0
xfs_io -c "falloc -k 228k 56k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 192k 7581" $mnt/f0
xfs_io -c "pwrite -S 0x62 132k 1376" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 334824 44k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -f -c "pwrite -S 0x63 66448 2895" $mnt/s3/f0
xfs_io -c "pwrite -S 0x61 668k 64k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 460k 24k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 628k 176k" $mnt/s3/f0
xfs_io -f -c "reflink $mnt/s3/f0 260k 564k 3m" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x63 276k 16k" $mnt/sv/g1
