# extsim conformance workload, gen.py seed 349
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "falloc 228k 2147" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 164k 5967872 64k" $mnt/sv/g0
xfs_io -f -c "pwrite 1241088 248k" $mnt/sv/g1
xfs_io -c "fsync" $mnt/sv/g1
xfs_io -c "pwrite -S 0x61 2461696 40k" -c "fsync" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g0 3317760 2158592 0" $mnt/sv/g1
xfs_io -f -c "pwrite 3432448 12k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 5201920 40k 24k" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g1
rm -f $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g0 20k 64k 4k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 3735552 2236416 216k" $mnt/sv/g0
xfs_io -c "fpunch 1837131 32k" $mnt/sv/g0
xfs_io -c "falloc -k 4800512 28k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 3981312 6602" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 2809856 28k" $mnt/sv/g0
md5sum $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 2469888 444k 1417216" $mnt/sv/g0
sync
xfs_io -c "pwrite -S 0xcd 1753088 36k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "fzero -k 3727360 4k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 8364032 44k" $mnt/sv/g0
xfs_io -c "fpunch 6094848 252k" $mnt/sv/g0
rm -f $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 4943872 28k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 1867776 36k" $mnt/sv/g1
xfs_io -c "falloc 968k 56k" $mnt/sv/g1
md5sum $mnt/sv/g1
rm $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g0 656k 3809280 708k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 3248128 16k 32k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 104k 7430144 4030464" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd 2334720 48k" $mnt/sv/g0
sync
xfs_io -c "reflink $mnt/sv/g0 11460608 11063296 8k" $mnt/sv/g0
xfs_io -c "falloc -k 9629696 40k" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd 10317824 40k" -c "fsync" $mnt/sv/g0
xfs_io -c "fzero 4667813 24k" $mnt/sv/g0
umount $mnt
mount $dev $mnt
xfs_io -c "falloc -k 10067968 56k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 7380992 2248704 4087808" $mnt/sv/g0
xfs_io -c "falloc 2138112 48k" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 1527808 11202560 3907584" $mnt/sv/g0
xfs_io -c "falloc 268k 60k" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -f -c "reflink $mnt/sv/g0 7938048 4558848 7180288" $mnt/f0
xfs_io -c "fsync" $mnt/sv/g0
rm -f $mnt/f0
