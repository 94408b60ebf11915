# extsim conformance workload, gen.py seed 12
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 4595712 32k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 2719744 28k" $mnt/f1
xfs_io -c "fpunch 1462521 236k" $mnt/f1
xfs_io -c "reflink $mnt/f1 1773568 5m 964k" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 2871296 9953" $mnt/f2
xfs_io -c "dedupe $mnt/f2 336k 24k 4k" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "fdatasync" $mnt/f1
xfs_io -c "fzero -k 1404928 24k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 108246 3349" $mnt/f1
xfs_io -c "pwrite 4177920 8k" $mnt/f0
chattr +C $mnt/f1
xfs_io -f -c "falloc 6110276 4k" $mnt/f3
xfs_io -f -c "falloc -k 140k 16k" $mnt/f4
xfs_io -c "fpunch 2598185 236k" $mnt/f4
xfs_io -c "falloc 2052096 60k" $mnt/f1
rm $mnt/f1
xfs_io -c "dedupe $mnt/f4 0 2387968 20k" $mnt/f3
xfs_io -c "reflink $mnt/f0 2228224 2023424 2404352" $mnt/f0
xfs_io -c "dedupe $mnt/f4 4k 0 4k" $mnt/f0
xfs_io -c "dedupe $mnt/f2 2433024 0 28k" $mnt/f2
xfs_io -c "fpunch 3227648 11635" $mnt/f3
xfs_io -f -c "pwrite -S 0x61 1220608 52k" $mnt/f1
xfs_io -c "pwrite -S 0xcd 8249344 8754" -c "fdatasync" $mnt/f4
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "falloc 892k 7993" $mnt/f1
xfs_io -c "fsync" $mnt/f1
sync
xfs_io -c "reflink $mnt/f0 60k 7254016 3022848" $mnt/f2
xfs_io -f -c "reflink $mnt/f1 796k 4190208 312k" $mnt/f5
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0x61 808k 8k" $mnt/f1
xfs_io -c "fpunch 4190208 24k" $mnt/f5
xfs_io -c "pwrite -S 0x63 4148444 56k" $mnt/f4
xfs_io -c "dedupe $mnt/f2 532k 0 12k" $mnt/f5
xfs_io -c "dedupe $mnt/f3 2207744 2220032 28k" $mnt/f3
xfs_io -c "reflink $mnt/f1 420k 1839104 836k" $mnt/f3
xfs_io -f -c "pwrite -S 0x62 5124096 144k" $mnt/f6
xfs_io -c "pwrite -S 0x62 1434407 40k" $mnt/f0
xfs_io -c "dedupe $mnt/f5 4177920 8994816 8k" $mnt/f2
xfs_io -c "pwrite 1060864 40k" $mnt/f4
xfs_io -c "reflink $mnt/f2" $mnt/f6
xfs_io -f -c "pwrite -S 0xcd 1728512 56k" $mnt/f6
xfs_io -c "pwrite -S 0x61 172k 128k" -c "fsync" $mnt/f1
xfs_io -c "dedupe $mnt/f1 940k 2822144 32k" $mnt/f5
xfs_io -c "truncate 4055040" $mnt/f6
sync
xfs_io -f -c "pwrite -S 0x62 2383872 220k" $mnt/f7
xfs_io -c "pwrite -S 0xcd 696k 152k" $mnt/f1
xfs_io -c "fpunch 6067575 20k" $mnt/f3
xfs_io -c "dedupe $mnt/f4 858468 1445888 36k" $mnt/f4
xfs_io -c "fzero -k 2768896 12k" $mnt/f5
xfs_io -c "pwrite -S 0x63 6156288 104k" $mnt/f3
xfs_io -c "fdatasync" $mnt/f5
