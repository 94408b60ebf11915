# extsim conformance workload, fsxgen.py seed 12 (files up to 4m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
umount $mnt
mount $dev $mnt
xfs_io -f -c "fsync" -c "pwrite -S 0x41 -b 1000 3604 340300" -c "fdatasync" -c "pwrite -S 0x41 172k 3268k" $mnt/file1
xfs_io -f -c "fpunch 3466 40966" -c "reflink $mnt/file0 0 20k 4k" $mnt/file0
xfs_io -f -c "fiemap -v" -c "falloc -k 346717 34284" -c "falloc -k 1299825 2068" -c "falloc -k 3132k 4k" -c "fpunch 2764k 88k" -c "falloc -k 3084k 20k" -c "truncate 1132k" -c "fiemap -v" $mnt/file1
xfs_io -f -c "falloc 12k 980k" -c "pwrite -S 0x41 184k 28k" -c "truncate 2796k" -c "pwrite -S 0x43 -b 4k 486784 324654" -c "reflink $mnt/file0 2156k 2056k 48k" -c "fpunch 1221890 2280" -c "falloc 1866878 37359" -c "pwrite -S 0x44 -b 1000 552523 881481" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 1656k 44k" -c "fdatasync" -c "pwrite -S 0xcd 124k 4k" -c "pwrite -S 0xcd -b 1m 412274 396232" -c "fzero -k 2240827 1217781" $mnt/file0
xfs_io -f -c "dedupe $mnt/file1 288k 184k 40k" -c "reflink $mnt/file1 60k 428k 60k" $mnt/file1
touch $mnt/file2
chattr +C $mnt/file2
xfs_io -f -c "pwrite -S 0x42 -b 64k 572k 52k" -c "sync_range -a 2720k 56k" $mnt/file1
xfs_io -f -c "fpunch 1860k 2200k" -c "dedupe $mnt/file1 1064k 56k 16k" -c "dedupe $mnt/file1 716k 0 64k" -c "reflink $mnt/file1 976k 28k 20k" $mnt/file2
umount $mnt
mount $dev $mnt
xfs_io -f -c "falloc -k 39793 310787" -c "reflink $mnt/file0 2492k 100k 56k" -c "reflink $mnt/file1 776k 124k 52k" -c "pwrite -S 0x41 64k 4k" -c "reflink $mnt/file2 88k 188k 20k" $mnt/file2
xfs_io -f -c "fsync" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 1212k 20k" -c "pwrite -S 0x42 -b 512 2089757 58780" -c "falloc 1959960 814700" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 1536950 3497" -c "falloc -k 1084730 130834" -c "fpunch 32k 4k" -c "pwrite -S 0x44 2727748 1868" -c "reflink $mnt/file0 1376k 1732k 44k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 12k 94955 39083" -c "pwrite -S 0x44 -b 4k 59908 3953" -c "truncate 100041" -c "fzero -k 2960k 4k" -c "truncate 1063976" -c "reflink $mnt/file1 516k 700k 616k" $mnt/file2
xfs_io -f -c "falloc -k 579306 1408061" -c "falloc 3858075 1418" -c "pwrite -S 0x44 -b 4k 2583671 297487" $mnt/file1
