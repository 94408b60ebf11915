# extsim conformance workload, gen.py seed 188
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
touch $mnt/sv/g0
chattr +C $mnt/sv/g0
xfs_io -c "falloc -k 2093056 4325" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 1990656 12k" -c "fsync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 632k 212k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "falloc 675727 60k" $mnt/sv/g0
xfs_io -c "truncate 2018013" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 1056799 1m" $mnt/sv/g0
xfs_io -c "truncate 916k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 680k 444k 24k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 24k 316k 48k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 1265664 16k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 92k 80k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 256k 388k 8k" $mnt/sv/g0
xfs_io -c "fpunch 584k 36k" $mnt/sv/g0
xfs_io -c "fzero 288k 60k" $mnt/sv/g0
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 20k 4k" $mnt/sv/g0
xfs_io -c "fzero -k 708k 4k" $mnt/sv/g0
xfs_io -c "fzero -k 1904640 160k" $mnt/sv/g0
xfs_io -c "falloc -k 1101824 36k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 -b 1m 1093632 1m" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 2011136 736k 100k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 1330202 60k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0xcd 796k 24k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 1757184 92k 12k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 836k 1855488 1171456" $mnt/sv/g0
xfs_io -c "falloc 440k 52k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 240k 76k 1253376" $mnt/sv/g0
xfs_io -c "fpunch 578420 40k" $mnt/sv/g0
xfs_io -c "fzero 500k 20k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 36k 908k 28k" $mnt/sv/g0
xfs_io -f -c "reflink $mnt/sv/g0 1744896 320k 320k" $mnt/f0
xfs_io -c "truncate 320628" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 1915058 56k" -c "fsync" $mnt/sv/g1
xfs_io -c "falloc -k 24k 7085" $mnt/f0
xfs_io -c "pwrite -S 0x62 64k 4k" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x61 1581056 56k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x62 228k 44k" $mnt/sv/g2
xfs_io -c "falloc 1955990 116k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x61 1421312 108k" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "fpunch 1073152 68k" $mnt/sv/g1
xfs_io -c "fpunch 908k 8k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x61 224k 24k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g1 348k 244k 892k" $mnt/sv/g2
touch $mnt/sv/g3
chattr +C $mnt/sv/g3
chattr +C $mnt/f0
xfs_io -f -c "pwrite -S 0x63 759085 8k" $mnt/f0
sync
xfs_io -r -c "fiemap -v" $mnt/sv/g3
xfs_io -c "pwrite 423403 56k" $mnt/f0
xfs_io -c "fpunch 571272 76k" $mnt/sv/g1
xfs_io -c "fsync" $mnt/sv/g1
xfs_io -c "pwrite -S 0x61 652k 56k" $mnt/sv/g3
xfs_io -f -c "falloc 488k 11577" $mnt/sv/g4
md5sum $mnt/sv/g3
chattr +C $mnt/sv/g1
xfs_io -c "falloc -k 492k 112k" $mnt/sv/g4
xfs_io -c "reflink $mnt/sv/g1 1196032 900k 76k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g4 64k 0 449849" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g4 24k 408k 168k" $mnt/sv/g0
xfs_io -c "falloc 1310720 4k" $mnt/sv/g4
sync
xfs_io -c "reflink $mnt/sv/g3 432k 1560576 168k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 800k 68k" $mnt/sv/g0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x61 504k 44k" $mnt/sv/g4
xfs_io -c "reflink $mnt/sv/g0 448k 788k 692k" $mnt/sv/g2
