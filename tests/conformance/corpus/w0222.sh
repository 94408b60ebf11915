# extsim conformance workload, gen.py seed 222 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite 29614080 92k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 14815232 4222976 3305472" $mnt/sv/g0
xfs_io -c "truncate 5943296" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 3133440 24k" $mnt/sv/g0
sync
xfs_io -c "reflink $mnt/sv/g0 252k 256k 28k" $mnt/sv/g0
xfs_io -f -c "falloc 19972096 164k" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g1 17338368 7564150 24k" $mnt/sv/g1
md5sum $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g0" $mnt/sv/g0
xfs_io -c "falloc 33456128 12m" $mnt/sv/g0
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 44097536 0 1945600" $mnt/sv/g1
xfs_io -c "fzero -k 44048384 8k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 36376576 7725056 28k" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g0 38350848 45043712 5005312" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 33972224 52k 20k" $mnt/sv/g0
xfs_io -c "fdatasync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 29302784 128k" $mnt/sv/g0
xfs_io -f -c "pwrite 2101248 12k" $mnt/sv/g0
xfs_io -c "fpunch 7087490 160k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g1 6m 40349696 8k" $mnt/sv/g0
chattr +C $mnt/sv/g0
xfs_io -c "fzero -k 12800000 32k" $mnt/sv/g1
xfs_io -c "fdatasync" $mnt/sv/g1
xfs_io -r -c "fiemap -v" $mnt/sv/g1
xfs_io -c "truncate 27770880" $mnt/sv/g1
xfs_io -f -c "reflink $mnt/sv/g1 27156480 5615616 548k" $mnt/sv/g2
xfs_io -c "fpunch 47570944 28k" $mnt/sv/g0
chattr +C $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x62 -b 1m 21069824 16m" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 10612736 3m" -c "fsync" $mnt/sv/g1
xfs_io -c "falloc -k 15462400 1m" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 13377536 176k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g1 25280512 32k 16k" $mnt/f0
rm $mnt/sv/g2
xfs_io -c "dedupe $mnt/sv/g0 23642112 52k 4k" $mnt/f0
xfs_io -c "fsync" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g1 5816320 8k 12k" $mnt/f0
xfs_io -c "reflink $mnt/sv/g1 92k 13893632 26025984" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g1 7659520 52k 20k" $mnt/f0
sync
xfs_io -c "dedupe $mnt/sv/g1 10067968 20930560 28k" $mnt/sv/g1
xfs_io -c "falloc 26443776 2m" $mnt/f0
xfs_io -c "dedupe $mnt/sv/g0 3198976 0 32k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 -b 1m 24002560 12m" -c "fsync" $mnt/f0
xfs_io -c "fzero -k 10866688 60k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x62 11771605 136k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 9961472 7336" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 -b 1m 27381760 16m" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g1 29868032 0 14295040" $mnt/sv/g0
btrfs subvolume snapshot -r $mnt/sv $mnt/s1
xfs_io -c "dedupe $mnt/s1/g1 35184640 22695936 4k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g1 16871424 16879616 28k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x62 -b 1m 12750848 4m" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 17899520 64k" $mnt/sv/g2
xfs_io -c "reflink $mnt/sv/g1 19959808 3780608 24k" $mnt/sv/g1
sync
xfs_io -f -c "reflink $mnt/sv/g0 9129984 10190848 11526144" $mnt/f1
xfs_io -c "falloc 23298048 2m" $mnt/sv/g0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "fzero -k 17263338 663" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g2 9383936 8179712 2678784" $mnt/sv/g2
sync
xfs_io -c "reflink $mnt/f1 6148096 21536768 0" $mnt/f0
xfs_io -c "reflink $mnt/s1/g0 34918400 23867392 3727360" $mnt/f0
xfs_io -c "reflink $mnt/sv/g1 7094272 42872832 12k" $mnt/sv/g1
sync
umount $mnt
mount $dev $mnt
xfs_io -c "dedupe $mnt/s1/g1 31350784 13422592 20k" $mnt/sv/g1
xfs_io -c "fpunch 33404972 112k" $mnt/f1
touch $mnt/f3
chattr +C $mnt/f3
