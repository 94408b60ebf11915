# extsim conformance workload, gen.py seed 109 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "reflink $mnt/sv/g0 0 5m 4k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 0 20680704 4k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 0 0 24k" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g0
sync
xfs_io -c "reflink $mnt/sv/g0 0 26624000 12k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 0 7602176 4k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 32268288 172k" $mnt/sv/g0
md5sum $mnt/sv/g0
xfs_io -c "fpunch 8552448 56k" $mnt/sv/g0
xfs_io -c "falloc 3796992 4092" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0xcd 11173888 56k" $mnt/sv/g0
xfs_io -c "pwrite 2592768 20k" -c "fsync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 28241920 2567" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 1874619 6876" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 32215040 17686528 228k" $mnt/sv/g0
touch $mnt/f1
chattr +C $mnt/f1
sync
xfs_io -c "pwrite -S 0x62 8081822 36k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 30752768 23519232 40k" $mnt/f1
xfs_io -c "dedupe $mnt/sv/g0 20443136 0 12005376" $mnt/f1
xfs_io -c "pwrite -S 0x61 11501568 48k" $mnt/f1
xfs_io -c "pwrite -S 0x63 1568768 128k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 2487842 52k" -c "fsync" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 812k 0 20k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 28909568 29331456 8k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/f1 14532608 32k 24k" $mnt/f1
xfs_io -c "pwrite -S 0xcd -b 1m 22614016 14m" $mnt/f1
xfs_io -c "falloc 5812224 16k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 18612224 36k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x61 2543616 112k" $mnt/f1
xfs_io -c "reflink $mnt/f1 13398016 5865472 22085632" $mnt/sv/g1
xfs_io -f -c "reflink $mnt/sv/g0 27983872 16728064 1130496" $mnt/sv/g2
xfs_io -c "reflink $mnt/sv/g1 10665984 13094912 5857280" $mnt/sv/g0
xfs_io -c "fzero 1212416 64k" $mnt/sv/g0
xfs_io -f -c "falloc -k 12862604 3317" $mnt/f0
xfs_io -c "fpunch 27058176 8k" $mnt/f1
xfs_io -c "fpunch 17022976 76k" $mnt/sv/g0
xfs_io -c "reflink $mnt/f1 15192064 17641472 5783552" $mnt/sv/g2
xfs_io -f -c "pwrite -S 0x62 11415396 4765" $mnt/sv/g1
xfs_io -c "falloc 20152320 104k" $mnt/sv/g0
