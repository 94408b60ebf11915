# extsim conformance workload, fsxgen.py seed 199 (files up to 16m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "pread -q 3090 3226" -c "fzero 4865522 792015" -c "truncate 150195" -c "pwrite -S 0xcd 20k 4k" -c "fiemap -v" $mnt/file1
xfs_io -f -c "fpunch 1360k 9292k" -c "pwrite -S 0xcd 2570 18376" -c "pwrite -S 0x44 -b 64k 5705 3174" $mnt/file0
xfs_io -f -c "fpunch 128k 600k" $mnt/file1
xfs_io -f -c "pwrite -S 0x44 -b 4k 9661 55164" -c "pwrite -S 0x42 -b 1m 56k 40k" -c "reflink $mnt/file1 132k 8k 20k" -c "fpunch 20k 436k" -c "reflink $mnt/file0 0 84k 20k" -c "pwrite -S 0x41 69955 11384560" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 4k 108k 872k" -c "falloc 48k 4k" -c "reflink $mnt/file1 280k 1008k 700k" -c "pwrite -S 0x43 826218 126k" $mnt/file1
xfs_io -f -c "falloc 433615 33586" -c "pwrite -S 0xcd -b 64k 380143 14956326" -c "sync_range -w 12052k 1620k" -c "fsync" -c "fpunch 7584521 1019157" -c "fpunch 1132k 12k" -c "pwrite -S 0x44 -b 4k 10472300 1657" -c "reflink $mnt/file1 11220k 2260k 12k" $mnt/file1
xfs_io -f -c "truncate 2272k" -c "fsync" -c "truncate 312k" -c "truncate 132k" -c "truncate 14340k" $mnt/file1
xfs_io -f -c "pwrite -S 0x42 64k 512k" -c "pwrite -S 0x41 -b 4k 10201785 53194" -c "pwrite -S 0x41 13229416 14710" -c "pwrite -S 0x43 3939114 8553219" -c "pwrite -S 0x42 -b 64k 9843552 13262" $mnt/file0
xfs_io -f -c "truncate 1448457" -c "pread -q 9094112 6692" -c "fpunch 3351663 28269" -c "pwrite -S 0x44 852k 1976k" -c "pread -q 2402565 11612333" -c "pwrite -S 0x42 -b 1000 890882 835572" $mnt/file1
xfs_io -f -c "pread -q 15872k 372k" -c "fzero 11143586 67099" -c "falloc 11861201 53446" -c "pwrite -S 0xcd 8928847 647446" -c "pwrite -S 0x42 9797261 1434" -c "fpunch 10754530 275410" -c "pwrite -S 0x43 -b 1m 13184982 591800" -c "pread -q 13272k 1288k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 2305815 3892" $mnt/file1
