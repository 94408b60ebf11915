# extsim conformance workload, gen.py seed 412
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x62 956k 11436" $mnt/f0
xfs_io -c "reflink $mnt/f0 448k 648k 16k" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "pwrite -S 0x61 920k 10519" $mnt/f0
xfs_io -c "dedupe $mnt/f0 680k 0 8k" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "pwrite -S 0xcd 524k 188k" $mnt/f0
xfs_io -c "falloc 664k 48k" $mnt/f0
xfs_io -c "reflink $mnt/f0 876k 912k 76k" $mnt/f0
xfs_io -c "pwrite -S 0x61 736k 28k" $mnt/f0
xfs_io -c "reflink $mnt/f0 16k 232k 520k" $mnt/f0
xfs_io -c "reflink $mnt/f0 260k 20k 20k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 620k 588k 8k" $mnt/f0
xfs_io -c "pwrite 361027 4k" $mnt/f0
xfs_io -c "pwrite -S 0x62 956k 40k" $mnt/f0
md5sum $mnt/f0
xfs_io -c "dedupe $mnt/f0 940k 856k 20k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x62 588k 12059" $mnt/f0
xfs_io -c "reflink $mnt/f0 496k 632k 512k" $mnt/f0
xfs_io -c "falloc -k 944k 64k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 768k 184k" $mnt/f0
md5sum $mnt/f0
sync
xfs_io -c "falloc 496k 2m" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1425408 64k" $mnt/f0
xfs_io -f -c "pwrite -b 1m 1380352 3m" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 868k 116k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 912k 416k 68k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 3190784 224k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 488k 12k" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd 2494105 60k" $mnt/f0
btrfs subvolume snapshot $mnt/sv $mnt/s1
xfs_io -c "pwrite -S 0xcd 592k 168k" $mnt/f0
xfs_io -c "fpunch 374345 16k" $mnt/s1/g0
md5sum $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 144k 981" -c "fdatasync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 204k 224k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 92k 56k" $mnt/f0
xfs_io -c "reflink $mnt/s1/g0 120k 504k 576k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 2334720 36k" $mnt/f0
xfs_io -c "reflink $mnt/f0 3592192 440k 476k" $mnt/sv/g0
xfs_io -c "pwrite 668k 16k" $mnt/s1/g0
