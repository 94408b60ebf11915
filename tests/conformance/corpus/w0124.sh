# extsim conformance workload, gen.py seed 124
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 336k 56k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 48k 52k 16k" $mnt/f0
xfs_io -c "falloc -k 728k 108k" $mnt/f0
xfs_io -c "pwrite 272k 220k" $mnt/f0
xfs_io -f -c "falloc 76k 52k" $mnt/f1
sync
xfs_io -c "dedupe $mnt/f0 28k 16k 16k" $mnt/f0
xfs_io -c "reflink $mnt/f1 20k 4k 76k" $mnt/f1
xfs_io -c "truncate 160k" $mnt/f0
xfs_io -c "fpunch 120k 44k" $mnt/f1
xfs_io -c "fpunch 12k 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 56k 573" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 425395 64k" $mnt/f2
xfs_io -c "pwrite -S 0xcd 108k 36k" $mnt/f0
xfs_io -c "pwrite -S 0x63 747281 20k" $mnt/f2
xfs_io -c "pwrite -S 0x61 644k 12k" $mnt/f2
xfs_io -c "dedupe $mnt/f0 112k 8k 8k" $mnt/f1
sync
sync
xfs_io -f -c "falloc -k 571157 3807" $mnt/f3
xfs_io -c "truncate 884140" $mnt/f0
xfs_io -c "fzero -k 940k 28k" $mnt/f3
sync
xfs_io -f -c "pwrite -S 0x62 480k 36k" -c "fsync" $mnt/f4
xfs_io -f -c "pwrite -S 0x61 264k 124k" $mnt/f3
xfs_io -f -c "pwrite -S 0x63 172k 12k" -c "fsync" $mnt/f5
xfs_io -c "falloc -k 372k 3m" $mnt/f2
xfs_io -c "pwrite -b 1m 520k 2m" -c "fsync" $mnt/f1
xfs_io -c "reflink $mnt/f3 32k 20k 348k" $mnt/f2
xfs_io -c "pwrite -S 0x62 276k 7113" $mnt/f4
sync
xfs_io -c "pwrite -S 0xcd 68k 20k" $mnt/f4
xfs_io -f -c "pwrite -S 0x61 356k 216k" $mnt/f4
xfs_io -f -c "pwrite 50692 64k" $mnt/f6
xfs_io -f -c "pwrite 136k 56k" $mnt/f7
xfs_io -r -c "fiemap -v" $mnt/f3
xfs_io -c "fsync" $mnt/f7
xfs_io -c "pwrite -S 0x61 2441216 16k" $mnt/f1
xfs_io -c "pwrite 64k 4m" -c "fdatasync" $mnt/f7
xfs_io -c "reflink $mnt/f1 1392640 692k 1245184" $mnt/f0
xfs_io -c "falloc 280993 10973" $mnt/f4
