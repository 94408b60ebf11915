# extsim conformance workload, gen.py seed 228
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 1302528 2m" $mnt/f0
xfs_io -f -c "truncate 6754304" $mnt/f1
xfs_io -c "dedupe $mnt/f1 624k 6107136 8k" $mnt/f1
sync
xfs_io -c "fpunch 6301056 44k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 4423680 144k" $mnt/f1
xfs_io -c "reflink $mnt/f0 1302528 836k 0" $mnt/f1
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -c "fsync" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 5468070 204k" $mnt/f3
xfs_io -r -c "fiemap -v" $mnt/f3
xfs_io -c "falloc 676k 24k" $mnt/f3
xfs_io -c "dedupe $mnt/f3 3702784 52k 32k" $mnt/f0
md5sum $mnt/f1
chattr +C $mnt/f3
xfs_io -f -c "pwrite -S 0x63 5440443 7391" $mnt/f1
xfs_io -c "reflink $mnt/f2 1830912 2506752 10596" $mnt/f3
xfs_io -c "fsync" $mnt/f3
xfs_io -c "fzero 3960832 8042" $mnt/f3
sync
xfs_io -c "pwrite 199647 116k" -c "fdatasync" $mnt/f2
xfs_io -c "truncate 637111" $mnt/f0
xfs_io -c "truncate 2678784" $mnt/f1
xfs_io -c "pwrite -S 0xcd 37129 12k" $mnt/f1
chattr +C $mnt/f3
xfs_io -c "dedupe $mnt/f0 404k 412k 28k" $mnt/f0
xfs_io -c "truncate 1859584" $mnt/f1
md5sum $mnt/f3
xfs_io -c "falloc -k 220058 44k" $mnt/f0
sync
xfs_io -c "fpunch 588k 12k" $mnt/f0
xfs_io -f -c "reflink $mnt/f3 3751936 5509120 1286144" $mnt/f4
xfs_io -c "dedupe $mnt/f0 404k 0 4k" $mnt/f2
xfs_io -c "fpunch 1430286 44k" $mnt/f3
xfs_io -c "dedupe $mnt/f4 2146304 48k 8k" $mnt/f0
xfs_io -c "dedupe $mnt/f3 3022848 0 2658214" $mnt/f4
xfs_io -c "pwrite -S 0x61 6317112 2m" $mnt/f1
xfs_io -c "pwrite -S 0xcd 1150976 40k" $mnt/f4
xfs_io -c "pwrite 1867776 172k" $mnt/f3
xfs_io -c "falloc 128k 7927" $mnt/f2
xfs_io -c "reflink $mnt/f4 5238784 4059136 252k" $mnt/f4
xfs_io -c "falloc -k 5450742 1m" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 420k 2547712 219319" $mnt/f5
xfs_io -c "truncate 7196886" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 3035136 200k" $mnt/f6
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "fsync" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f4 1982464 36k 16k" $mnt/f0
sync
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "truncate 5627031" $mnt/s2/f0
xfs_io -c "reflink $mnt/s2/f1 5111808 380k 2089174" $mnt/f0
xfs_io -c "falloc -k 440k 232k" $mnt/s1/f0
xfs_io -c "fpunch 4321280 48k" $mnt/s1/f3
xfs_io -c "pwrite -S 0x61 332223 180k" $mnt/s1/f0
rm $mnt/s1/f1
xfs_io -c "pwrite -S 0x62 5615616 52k" $mnt/f4
xfs_io -f -c "pwrite -S 0xcd 5758976 64k" $mnt/f4
xfs_io -c "fsync" $mnt/s2/f1
sync
xfs_io -c "falloc -k 209565 28k" $mnt/s1/f2
xfs_io -r -c "fiemap -v" $mnt/s2/f2
xfs_io -c "reflink $mnt/s2/f5 1318912 6320128 24k" $mnt/s2/f5
xfs_io -f -c "pwrite -S 0xcd 1327104 16k" $mnt/f2
xfs_io -c "falloc -k 6521826 8k" $mnt/f5
chattr +C $mnt/s1/f4
rm -f $mnt/s2/f2
xfs_io -c "reflink $mnt/s1/f2 128k 436k 36k" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 118646 2m" $mnt/s2/f0
xfs_io -f -c "pwrite -S 0x61 5951488 80k" $mnt/f7
xfs_io -c "pwrite -S 0x62 312468 220k" -c "fdatasync" $mnt/s1/f6
xfs_io -c "reflink $mnt/s1/f3 5402624 8241152 188k" $mnt/s1/f3
xfs_io -c "reflink $mnt/f4 3051520 2908160 3297280" $mnt/f2
