# extsim conformance workload, gen.py seed 39
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 728k 1m" $mnt/f0
xfs_io -c "fpunch 712k 168k" $mnt/f0
xfs_io -c "reflink $mnt/f0 524k 1482752 1212416" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
md5sum $mnt/f0
xfs_io -f -c "falloc -k 716k 12k" $mnt/f1
xfs_io -c "pwrite -S 0xcd 480k 16k" $mnt/f1
xfs_io -c "reflink $mnt/f0 1392640 1236992 216k" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "reflink $mnt/f0 180k 1000k 1622016" $mnt/f0
xfs_io -f -c "falloc 384k 24k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 61699 80k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 180k 44k" $mnt/f2
xfs_io -c "pwrite 48k 20k" $mnt/f1
xfs_io -f -c "reflink $mnt/f3 916k 980k 4k" $mnt/f3
xfs_io -c "dedupe $mnt/f2 108k 0 8k" $mnt/f0
xfs_io -f -c "reflink $mnt/f4 464k 476k 4k" $mnt/f4
xfs_io -f -c "pwrite -S 0xcd 1679360 12k" -c "fsync" $mnt/f0
xfs_io -c "falloc -k 152k 16k" $mnt/f1
xfs_io -c "pwrite -S 0x63 412k 24k" $mnt/f0
xfs_io -c "pwrite -S 0x63 420k 20k" $mnt/f3
xfs_io -c "fpunch 1008k 170" $mnt/f0
sync
xfs_io -c "reflink $mnt/f0 932k 72k 216k" $mnt/f3
xfs_io -c "reflink $mnt/f4 0 188k 4k" $mnt/f2
xfs_io -c "dedupe $mnt/f2 328k 0 24k" $mnt/f1
xfs_io -c "pwrite -S 0x62 100k 12k" $mnt/f1
xfs_io -c "pwrite -S 0x61 364k 188k" $mnt/f1
xfs_io -f -c "reflink $mnt/f4 0 480k 4k" $mnt/f5
md5sum $mnt/f3
xfs_io -c "falloc 648k 12k" $mnt/f5
xfs_io -c "pwrite -S 0x63 40k 36k" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 1008k 716" -c "fdatasync" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 641735 68k" $mnt/f6
xfs_io -c "dedupe $mnt/f3 20k 0 424k" $mnt/f3
xfs_io -c "pwrite -S 0x63 8k 40k" -c "fsync" $mnt/f4
xfs_io -c "falloc 576k 12k" $mnt/f2
xfs_io -c "reflink $mnt/f6 632k 648k 20k" $mnt/f6
