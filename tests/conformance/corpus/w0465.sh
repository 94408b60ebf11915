# extsim conformance workload, gen.py seed 465
mkfs.btrfs -f $dev -b 256m > /dev/null
mount -o nodatacow $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x62 1445888 128k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "fzero 332k 8k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 968k 8273920 576k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 324k 8k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 1386073 60k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 1404928 1482752 136k" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd 590957 12k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 192k 44k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 6860800 6868992 16k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 604k 20k" -c "fsync" $mnt/sv/g0
xfs_io -c "falloc 1431451 4m" $mnt/sv/g0
umount $mnt
mount -o nodatacow $dev $mnt
xfs_io -c "pwrite -S 0x63 6234112 16k" $mnt/sv/g0
xfs_io -c "fzero -k 5370648 36k" $mnt/sv/g0
xfs_io -c "fpunch 5712596 48k" $mnt/sv/g0
xfs_io -c "truncate 7924314" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 7197008 40k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 7888896 188k" $mnt/sv/g0
md5sum $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 3764798 5804032 56k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 6168576 9590" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 5304320 44k 32k" $mnt/sv/g0
xfs_io -c "fpunch 3256320 1224" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 3m 1826816 480k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 6606848 9437" $mnt/sv/g0
xfs_io -c "pwrite 4263936 168k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 5427200 32k 16k" $mnt/sv/g0
xfs_io -f -c "pwrite 1020k 40k" $mnt/f0
xfs_io -c "reflink $mnt/sv/g0 2039808 7049216 5599232" $mnt/sv/g0
xfs_io -c "dedupe $mnt/f0 372k 372k 24k" $mnt/f0
xfs_io -c "fsync" $mnt/sv/g0
md5sum $mnt/f0
xfs_io -c "pwrite 5431232 32k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "dedupe $mnt/f0 532k 20k 12k" $mnt/f0
