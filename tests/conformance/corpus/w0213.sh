# extsim conformance workload, gen.py seed 213
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc -k 444k 184k" $mnt/f0
xfs_io -c "reflink $mnt/f0 0 220k 4k" $mnt/f0
xfs_io -c "falloc 244k 52k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 192k 36k" $mnt/f0
xfs_io -c "pwrite -S 0x62 104k 32k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 12k 16k 20k" $mnt/f0
xfs_io -c "falloc -k 248k 40k" $mnt/f0
xfs_io -c "truncate 208k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 581215 3847" -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 480k 4k" $mnt/f1
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0x63 96k 28k" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "falloc 456k 6091" $mnt/f0
xfs_io -c "pwrite -S 0x62 260k 5160" $mnt/f2
xfs_io -r -c "fiemap -v" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 496k 80k" $mnt/f0
xfs_io -c "fzero -k 112k 200k" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 481224 44k" $mnt/f1
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fpunch 465861 40k" $mnt/f0
xfs_io -c "truncate 668k" $mnt/f0
xfs_io -c "dedupe $mnt/f2 236k 0 33832" $mnt/f2
xfs_io -c "truncate 148k" $mnt/f2
md5sum $mnt/f1
xfs_io -c "truncate 908k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 516k 8k" -c "fdatasync" $mnt/f3
xfs_io -c "falloc 312k 16k" $mnt/f0
xfs_io -c "dedupe $mnt/f3 328k 32k 20k" $mnt/f0
xfs_io -c "pwrite 90360 2m" $mnt/f1
xfs_io -c "pwrite -S 0x62 529778 11054" -c "fsync" $mnt/f3
