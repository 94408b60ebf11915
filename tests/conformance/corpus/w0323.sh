# extsim conformance workload, gen.py seed 323
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
sync
xfs_io -f -c "reflink $mnt/sv/g0 856k 856k 24k" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd 237659 9309" -c "fsync" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 48k 52k 28k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 124k 40k 132280" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 32k 0 16k" $mnt/sv/g0
xfs_io -f -c "pwrite 727337 7242" $mnt/sv/g1
xfs_io -f -c "pwrite 165073 44k" $mnt/sv/g0
xfs_io -c "fpunch 0 7668" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 420k 20k" $mnt/f0
xfs_io -c "reflink $mnt/sv/g0 72k 404k 40k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x62 424k 20k" $mnt/f1
xfs_io -c "pwrite -S 0x61 152221 48k" -c "fsync" $mnt/sv/g1
btrfs subvolume snapshot -r $mnt/sv $mnt/s1
xfs_io -c "pwrite -S 0x63 624k 3m" -c "fdatasync" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g1 400k 1462272 912k" $mnt/sv/g1
sync
xfs_io -c "dedupe $mnt/f0 176k 24k 32k" $mnt/f0
xfs_io -c "reflink $mnt/s1/g0" $mnt/sv/g1
xfs_io -c "falloc 40k 24k" $mnt/sv/g0
xfs_io -c "fzero -k 29456 3671" $mnt/sv/g0
xfs_io -c "fdatasync" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 184k 12k" -c "fsync" $mnt/f2
xfs_io -c "falloc -k 212k 48k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 352k 16k" -c "fsync" $mnt/f0
sync
xfs_io -c "fsync" $mnt/f1
xfs_io -c "falloc -k 136k 48k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x61 376k 36k" $mnt/f1
xfs_io -c "falloc 88k 4k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x62 624777 48k" $mnt/f3
xfs_io -f -c "pwrite -S 0x63 492k 3442" $mnt/sv/g2
xfs_io -f -c "pwrite -S 0x62 938601 24k" -c "fdatasync" $mnt/f4
xfs_io -f -c "reflink $mnt/s1/g0 144k 888k 68k" $mnt/sv/g3
xfs_io -f -c "pwrite -S 0x61 572k 4394" $mnt/f5
xfs_io -c "truncate 303785" $mnt/sv/g2
xfs_io -c "fdatasync" $mnt/f0
md5sum $mnt/f5
xfs_io -f -c "pwrite 100k 4098" $mnt/f2
xfs_io -c "falloc 560k 172k" $mnt/f5
xfs_io -f -c "pwrite -S 0x62 456k 12k" $mnt/sv/g3
xfs_io -c "pwrite 120k 3036" $mnt/sv/g0
xfs_io -f -c "pwrite 976k 68k" $mnt/sv/g4
xfs_io -c "fpunch 168k 32k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0xcd 996k 64k" $mnt/sv/g5
xfs_io -c "pwrite -S 0x62 72k 24k" -c "fdatasync" $mnt/sv/g2
xfs_io -c "reflink $mnt/f5 692k 112k 32k" $mnt/sv/g1
xfs_io -f -c "reflink $mnt/f2 48k 820k 68k" $mnt/f6
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "fsync" $mnt/f5
xfs_io -c "dedupe $mnt/f1 348k 216k 104k" $mnt/f5
btrfs subvolume snapshot $mnt/sv $mnt/s3
xfs_io -c "dedupe $mnt/s2/f5 144k 45994 32k" $mnt/sv/g3
xfs_io -c "truncate 732k" $mnt/sv/g3
xfs_io -c "pwrite -S 0x62 108k 7144" $mnt/f0
xfs_io -c "fsync" $mnt/s2/f5
xfs_io -c "pwrite -S 0x63 144k 116k" $mnt/s2/f0
xfs_io -c "pwrite -S 0x62 900k 48k" $mnt/s2/f2
xfs_io -c "truncate 288k" $mnt/s2/f3
xfs_io -r -c "fiemap -v" $mnt/s3/g0
sync
xfs_io -c "falloc 624620 7224" $mnt/f4
xfs_io -c "reflink $mnt/s3/g5 860k 184k 16k" $mnt/s3/g5
xfs_io -c "fpunch 800k 1m" $mnt/f2
xfs_io -c "falloc 760k 24k" $mnt/s3/g5
xfs_io -c "fdatasync" $mnt/sv/g1
