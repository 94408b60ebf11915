# extsim conformance workload, fsxgen.py seed 155 (files up to 4m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/file0 0 20k 4k" -c "fsync" -c "pwrite -S 0xcd -b 64k 11106 3986" -c "reflink $mnt/file0 12k 44k 12k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 8k 16k 36k" $mnt/file0
xfs_io -f -c "fzero -k 30079 26473" -c "fpunch 42044 3262" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 12k 20k 3212k" $mnt/file0
xfs_io -f -c "truncate 1890128" -c "pwrite -S 0x43 -b 12k 1386411 2755" -c "pwrite -S 0xcd 4184015 3326" -c "truncate 2033288" $mnt/file0
xfs_io -f -c "pread -q 3140k 524k" -c "pwrite -S 0x41 1287959 47122" -c "fsync" -c "truncate 1538242" -c "pwrite -S 0x43 771541 11853" -c "pwrite -S 0x43 2461866 1013852" $mnt/file0
xfs_io -f -c "fpunch 1532125 959" -c "reflink $mnt/file0 3080k 1652k 0" -c "reflink $mnt/file0 1196k 72k 0" $mnt/file0
btrfs subvolume snapshot $mnt $mnt/snap1
sync
xfs_io -f -c "fsync" $mnt/file0
xfs_io -f -c "fpunch 1720k 1244k" -c "truncate 1464k" -c "falloc 3848k 4k" -c "falloc -k 695253 4227" -c "reflink $mnt/file0 2696k 1928k 0" -c "falloc -k 1345286 1357811" -c "fpunch 2307857 964458" $mnt/file0
xfs_io -f -c "truncate 3296k" -c "reflink $mnt/file0 1488k 1764k 44k" -c "pread -q 1425945 1670968" -c "reflink $mnt/file0" -c "fiemap -v" -c "pwrite -S 0x41 1049144 306007" -c "pread -q 2824k 720k" $mnt/file0
xfs_io -f -c "fiemap -v" -c "fsync" -c "pread -q 1189904 2917" -c "pwrite -S 0x44 -b 1000 1596k 1016k" $mnt/file0
xfs_io -f -c "fpunch 1778931 185618" -c "fzero -k 3080k 464k" -c "reflink $mnt/file0 2608k 504k 56k" -c "fpunch 3667494 478295" -c "pwrite -S 0x42 -b 12k 828k 4k" -c "truncate 4032k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 2348k 48k" -c "fiemap -v" -c "fzero -k 2486129 64471" -c "dedupe $mnt/file0 2928k 948k 56k" $mnt/file0
xfs_io -f -c "falloc 172k 4k" -c "pwrite -S 0x41 649991 984661" -c "dedupe $mnt/file0 2156k 3172k 0" -c "pread -q 2606762 544460" -c "pwrite -S 0x42 752k 40k" $mnt/file0
xfs_io -f -c "falloc 773786 878332" $mnt/file0
xfs_io -f -c "falloc 2140k 160k" -c "pwrite -S 0x41 2088k 4k" -c "sync_range -b 956k 116k" -c "pwrite -S 0x42 -b 4k 2004k 1748k" -c "pwrite -S 0x44 1863385 345" -c "pwrite -S 0x42 -b 12k 1470290 20505" -c "pwrite -S 0x44 3544896 437693" -c "pwrite -S 0x43 2476k 1384k" $mnt/file0
touch $mnt/file1
