# extsim conformance workload, gen.py seed 23
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 544k 4k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 883211 48k" $mnt/f1
xfs_io -c "pwrite -S 0x63 440k 48k" $mnt/f0
xfs_io -c "pwrite -S 0x63 916k 24k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 36k 32k 8k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 376k 36k 24k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 264k 16k 32k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1034427 12212" $mnt/f0
xfs_io -c "pwrite -S 0x61 164k 32k" $mnt/f1
rm $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "fzero -k 476k 184k" $mnt/f1
xfs_io -c "falloc 704k 132k" $mnt/f1
xfs_io -c "pwrite 348k 24k" $mnt/f1
rm $mnt/f1
xfs_io -f -c "truncate 626744" $mnt/f0
xfs_io -c "dedupe $mnt/f0 24k 0 606264" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 688k 32k" $mnt/f1
xfs_io -c "falloc -k 842470 10726" $mnt/f1
xfs_io -c "reflink $mnt/f1 488k 568k 156k" $mnt/f0
xfs_io -c "falloc -k 508k 7485" $mnt/f0
xfs_io -c "dedupe $mnt/f1 356k 36k 24k" $mnt/f0
xfs_io -f -c "falloc -k 84k 188k" $mnt/f2
md5sum $mnt/f2
xfs_io -c "falloc -k 444k 2m" $mnt/f2
xfs_io -c "reflink $mnt/f1 284k 12k 292k" $mnt/f2
xfs_io -c "falloc -k 986347 3284" $mnt/f0
xfs_io -c "fpunch 47142 48k" $mnt/f2
xfs_io -f -c "falloc -k 244k 4k" $mnt/f3
xfs_io -c "pwrite -S 0x61 600k 8k" $mnt/f1
xfs_io -c "falloc -k 420k 2m" $mnt/f2
xfs_io -c "reflink $mnt/f2 112k 636k 192k" $mnt/f3
sync
xfs_io -c "fsync" $mnt/f3
xfs_io -c "pwrite -S 0x63 337539 8k" $mnt/f2
xfs_io -c "pwrite -S 0xcd 328894 24k" $mnt/f3
xfs_io -f -c "reflink $mnt/f1 192k 932k 444k" $mnt/f4
xfs_io -c "truncate 16k" $mnt/f2
xfs_io -c "fpunch 292k 9636" $mnt/f2
xfs_io -c "reflink $mnt/f0 700k 240k 8k" $mnt/f0
md5sum $mnt/f4
xfs_io -c "dedupe $mnt/f2 0 32k 16k" $mnt/f0
touch $mnt/f5
chattr +C $mnt/f5
chattr +C $mnt/f1
sync
chattr +C $mnt/f2
xfs_io -f -c "pwrite -S 0x61 164k 7813" $mnt/f6
xfs_io -c "falloc 200k 12k" $mnt/f3
sync
xfs_io -c "pwrite -S 0xcd 676k 4k" $mnt/f3
xfs_io -f -c "pwrite -S 0x61 12k 56k" $mnt/f1
xfs_io -c "falloc 351454 96k" $mnt/f5
xfs_io -c "pwrite -S 0x62 28k 28k" $mnt/f6
xfs_io -c "dedupe $mnt/f0 272k 0 456k" $mnt/f6
sync
xfs_io -c "dedupe $mnt/f4 133124 340k 4059" $mnt/f0
xfs_io -c "pwrite -S 0x61 160k 152k" $mnt/f3
xfs_io -c "pwrite -S 0xcd 140k 8k" -c "fdatasync" $mnt/f5
xfs_io -c "pwrite -S 0xcd 79578 92k" $mnt/f6
xfs_io -c "pwrite -S 0x62 52949 244k" -c "fdatasync" $mnt/f5
sync
chattr +C $mnt/f4
xfs_io -c "dedupe $mnt/f5 88k 304k 28k" $mnt/f5
xfs_io -c "falloc 688k 64k" $mnt/f2
xfs_io -c "reflink $mnt/f0 160k 156k 24k" $mnt/f0
xfs_io -f -c "truncate 196564" $mnt/f7
xfs_io -c "reflink $mnt/f3 700k 300k 48k" $mnt/f4
xfs_io -c "falloc -k 148k 52k" $mnt/f6
xfs_io -c "falloc -k 194295 20k" $mnt/f1
xfs_io -c "fpunch 684k 60k" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s1
