# extsim conformance workload, fsxgen.py seed 92 (files up to 4m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x44 0 20k" -c "reflink $mnt/file0 20k 16k 4k" -c "fpunch 1468k 20k" -c "pwrite -S 0x43 222 2740362" -c "truncate 831153" -c "reflink $mnt/file0 140k 620k 40k" $mnt/file0
btrfs subvolume snapshot $mnt $mnt/snap1
xfs_io -f -c "pwrite -S 0x41 -b 4k 573825 3471265" -c "pwrite -S 0x41 2460k 996k" -c "pwrite -S 0x41 2815753 202" -c "fpunch 2720k 44k" -c "fzero 1404k 52k" -c "dedupe $mnt/file0 3272k 2212k 694562" $mnt/file0
xfs_io -f -c "truncate 3268k" -c "pwrite -S 0xcd -b 12k 791587 17343" -c "pwrite -S 0x44 3652679 165503" $mnt/file0
xfs_io -f -c "sync_range -b 1736k 4k" $mnt/file0
xfs_io -f -c "pread -q 1600784 15118" -c "falloc -k 2835067 643293" -c "fzero -k 3760k 48k" -c "truncate 472k" -c "fzero 463964 443059" -c "falloc 114453 168105" $mnt/file0
btrfs subvolume snapshot $mnt $mnt/snap2
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "pwrite -S 0x43 -b 4k 1660k 100k" -c "fiemap -v" $mnt/file1
sync
xfs_io -f -c "truncate 0" -c "fpunch 0 24k" -c "fpunch 1041980 839176" -c "reflink $mnt/file1 68k 48k 20k" -c "pwrite -S 0x43 -b 64k 3751198 435570" $mnt/file0
xfs_io -f -c "sync_range -a 1856k 48k" -c "fsync" -c "pwrite -S 0x44 -b 64k 3425767 52381" -c "falloc -k 1272k 288k" -c "pwrite -S 0x41 -b 64k 4170168 10219" -c "fdatasync" -c "fpunch 2784k 372k" $mnt/file0
xfs_io -f -c "fpunch 1023378 803136" -c "fpunch 820k 2504k" -c "pwrite -S 0x44 -b 1m 188240 1047334" -c "pwrite -S 0x43 643631 53649" $mnt/file1
xfs_io -f -c "fiemap -v" -c "fsync" -c "fpunch 638081 244" -c "fzero -k 63234 714377" -c "pread -q 1564k 4k" -c "fsync" -c "pwrite -S 0x42 731318 326486" -c "pwrite -S 0x42 1350601 59877" $mnt/file1
xfs_io -f -c "truncate 584k" -c "sync_range -w 3436k 464k" -c "fzero 1552035 676772" -c "pwrite -S 0x41 816k 60k" $mnt/file0
