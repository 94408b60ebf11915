# extsim conformance workload, gen.py seed 142
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x61 160448 28k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 16k 96k" -c "fsync" $mnt/sv/g0
xfs_io -c "fzero 100k 36k" $mnt/sv/g0
btrfs subvolume snapshot -r $mnt/sv $mnt/s1
xfs_io -c "pwrite -S 0x63 28k 4966" -c "fsync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 192k 248k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 108k 24k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 420k 248k 28k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 178628 76k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 412k 228k 36k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 104k 36k" $mnt/sv/g0
xfs_io -c "falloc 371907 4m" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "falloc -k 2301952 164k" $mnt/sv/g0
xfs_io -c "falloc 3826123 60k" $mnt/sv/g0
xfs_io -r -c "fiemap -v" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 4049300 48k" $mnt/sv/g0
chattr +C $mnt/sv/g0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "reflink $mnt/sv/g0 404k 396k 20k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 2011136 60k" -c "fsync" $mnt/sv/g0
xfs_io -c "falloc 4538368 52k" $mnt/sv/g0
xfs_io -c "truncate 818949" $mnt/sv/g0
xfs_io -f -c "reflink $mnt/sv/g0 760k 624k 36k" $mnt/sv/g1
xfs_io -c "fpunch 188k 16k" $mnt/sv/g0
xfs_io -c "reflink $mnt/s1/g0 64k 372k 48k" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "falloc 564k 1547" $mnt/sv/g1
xfs_io -c "falloc 52k 44k" $mnt/sv/g0
xfs_io -c "truncate 927896" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 744k 28k" -c "fsync" $mnt/sv/g0
xfs_io -c "dedupe $mnt/s1/g0 136k 148k 8k" $mnt/sv/g1
xfs_io -c "falloc -k 1542247 228k" $mnt/sv/g0
xfs_io -c "reflink $mnt/s1/g0 68k 408k 52k" $mnt/sv/g1
xfs_io -c "reflink $mnt/s1/g0 36k 664k 4k" $mnt/sv/g0
xfs_io -c "reflink $mnt/s1/g0 136k 400k 4k" $mnt/sv/g0
btrfs subvolume snapshot -r $mnt $mnt/s3
xfs_io -f -c "pwrite 316k 20k" $mnt/sv/g0
xfs_io -f -c "truncate 1990656" $mnt/s2/g0
xfs_io -f -c "truncate 580k" $mnt/s2/g1
xfs_io -c "reflink $mnt/s2/g0 1220608 1548288 48k" $mnt/s2/g0
md5sum $mnt/sv/g1
xfs_io -c "fpunch 160k 4k" $mnt/s2/g0
xfs_io -c "pwrite -S 0x62 453339 8486" $mnt/sv/g1
chattr +C $mnt/s2/g0
xfs_io -c "pwrite -S 0xcd 512k 44k" $mnt/s2/g1
xfs_io -c "falloc -k 228k 64k" $mnt/s2/g1
xfs_io -c "truncate 296k" $mnt/s2/g0
chattr +C $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 116k 52k" $mnt/s2/g0
xfs_io -c "reflink $mnt/s1/g0 56k 60k 4k" $mnt/s2/g1
sync
xfs_io -c "truncate 1638400" $mnt/s2/g0
xfs_io -c "pwrite -S 0x61 391113 48k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 148k 2832" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 808k 204k" $mnt/s2/g1
xfs_io -c "reflink $mnt/sv/g0 568k 1855488 248k" $mnt/s2/g1
xfs_io -c "pwrite -S 0x63 387436 108k" $mnt/s2/g0
xfs_io -c "falloc 796k 120k" $mnt/sv/g0
