# extsim conformance workload, gen.py seed 461
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "truncate 1484158" $mnt/f0
xfs_io -c "falloc -k 312614 12228" $mnt/f0
xfs_io -c "truncate 8374" $mnt/f0
xfs_io -c "falloc 4773 180k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 35831 6951" $mnt/f0
xfs_io -c "fzero 6893568 184k" $mnt/f0
xfs_io -c "fzero 2768896 9781" $mnt/f0
xfs_io -c "fpunch 364k 40k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 2121728 8k 12k" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "fzero -k 6877184 44k" $mnt/f0
xfs_io -c "pwrite -S 0x62 16k 44k" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x63 1437696 216k" $mnt/f0
xfs_io -c "pwrite -S 0x62 5386240 192k" -c "fsync" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite -S 0x63 491104 56k" $mnt/f0
md5sum $mnt/f0
xfs_io -c "pwrite -S 0x63 1794048 52k" -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 683373 64k" $mnt/s1/f0
xfs_io -c "falloc -k 5212293 172k" $mnt/f0
xfs_io -c "fzero 4784128 8112" $mnt/s1/f0
xfs_io -c "fpunch 1212485 24k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f0 5906432 116k 16k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 4448256 88k 32k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1712128 5652480 416k" $mnt/s1/f0
xfs_io -c "falloc 2105344 164k" $mnt/f0
xfs_io -c "fpunch 1212416 160k" $mnt/s1/f0
sync
xfs_io -c "reflink $mnt/f0 620k 108k 6451200" $mnt/f0
xfs_io -c "truncate 6692864" $mnt/s1/f0
xfs_io -c "falloc 1110016 64k" $mnt/f0
xfs_io -c "falloc 1642496 4k" $mnt/s1/f0
xfs_io -c "falloc -k 676k 40k" $mnt/s1/f0
xfs_io -r -c "fiemap -v" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f0 5189632 3993600 1515520" $mnt/s1/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0x62 5256657 32k" $mnt/f0
sync
xfs_io -c "truncate 5283776" $mnt/s1/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 3665920 1425408 336k" $mnt/f0
xfs_io -c "reflink $mnt/f0 2732032 3543040 1847296" $mnt/f0
xfs_io -c "pwrite -S 0x61 772k 4k" -c "fdatasync" $mnt/f0
xfs_io -c "fpunch 6352896 52k" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 6811648 8060928 24k" $mnt/f0
xfs_io -c "pwrite 1269518 4k" $mnt/s1/f0
xfs_io -c "falloc 6194114 4m" $mnt/f0
xfs_io -c "falloc -k 6497879 12k" $mnt/s1/f0
xfs_io -c "fdatasync" $mnt/s1/f0
xfs_io -f -c "falloc 1101824 28k" $mnt/f1
sync
xfs_io -c "falloc -k 1073152 4k" $mnt/f1
xfs_io -c "reflink $mnt/s1/f0 152k 9605120 1m" $mnt/f0
xfs_io -c "truncate 3844802" $mnt/f0
xfs_io -c "dedupe $mnt/f1 752k 988k 20k" $mnt/f1
rm $mnt/f1
xfs_io -c "dedupe $mnt/s1/f0 4767744 104k 4k" $mnt/f0
xfs_io -c "truncate 1295694" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 3776512 4k" $mnt/f0
xfs_io -c "fpunch 2584281 36k" $mnt/f0
sync
xfs_io -c "pwrite -S 0x63 3584000 140k" -c "fsync" $mnt/f0
xfs_io -c "fzero -k 1249280 7557" $mnt/s1/f0
xfs_io -c "falloc 2691072 7135" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 4361055 12k" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0xcd 308605 4832" $mnt/s1/f0
xfs_io -f -c "reflink $mnt/f1 1261568 6189056 8k" $mnt/f1
xfs_io -c "truncate 716k" $mnt/s1/f0
