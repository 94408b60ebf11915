# extsim conformance workload, gen.py seed 525
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 900k 2m" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 577278 9281" $mnt/f1
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "fzero -k 296k 8253" $mnt/f1
xfs_io -c "falloc -k 296k 1709" $mnt/f1
xfs_io -c "fpunch 1144881 36k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 412k 412k 4k" $mnt/f1
xfs_io -c "pwrite -S 0xcd 1585152 8k" $mnt/f0
md5sum $mnt/s1/f0
sync
xfs_io -c "reflink $mnt/s1/f0 1114112 2576384 76k" $mnt/f0
xfs_io -c "falloc -k 428k 224k" $mnt/f1
rm $mnt/f0
xfs_io -c "pwrite -S 0x61 184k 40k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 196k 192k 16k" $mnt/f1
xfs_io -c "falloc 331699 152k" $mnt/f1
xfs_io -c "truncate 481623" $mnt/f1
xfs_io -c "pwrite -S 0x61 336k 228k" $mnt/f1
xfs_io -c "fpunch 532k 40k" $mnt/f1
xfs_io -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0xcd 508k 52k" $mnt/f1
xfs_io -c "fpunch 532k 3m" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 672k 16k" $mnt/f1
xfs_io -c "fsync" $mnt/f1
xfs_io -c "dedupe $mnt/f1 604k 52k 24k" $mnt/f1
xfs_io -f -c "reflink $mnt/s1/f1 468k 648k 84k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 904k 4174" $mnt/f1
xfs_io -c "reflink $mnt/s1/f0 1060864 268k 1961984" $mnt/f1
xfs_io -c "truncate 770622" $mnt/f1
xfs_io -c "fpunch 404658 64k" $mnt/f1
xfs_io -c "pwrite -S 0x62 340145 48k" -c "fsync" $mnt/f1
xfs_io -c "truncate 138793" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 1998848 348k 16k" $mnt/f1
md5sum $mnt/f0
xfs_io -c "pwrite -S 0x63 724k 32k" -c "fdatasync" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -f -c "truncate 560k" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 392k 36k" -c "fsync" $mnt/f1
xfs_io -c "reflink $mnt/f0 104k 36k 32297" $mnt/f1
xfs_io -c "truncate 8k" $mnt/f0
xfs_io -c "reflink $mnt/f2 88k 616k 108k" $mnt/f1
xfs_io -c "dedupe $mnt/s1/f1 264k 16k 32k" $mnt/f1
xfs_io -c "falloc 2501 112k" $mnt/f0
chattr +C $mnt/s2/f1
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -f -c "pwrite 435120 128k" $mnt/s3/f2
xfs_io -c "truncate 564k" $mnt/s2/f1
xfs_io -c "fpunch 48k 4k" $mnt/f0
xfs_io -c "fsync" $mnt/s3/f2
xfs_io -c "truncate 1012k" $mnt/s2/f0
xfs_io -c "dedupe $mnt/s3/f0 48k 0 16k" $mnt/s3/f1
xfs_io -c "dedupe $mnt/f2 260k 564k 36k" $mnt/s2/f0
xfs_io -c "pwrite -S 0xcd 189913 68k" $mnt/f2
xfs_io -c "falloc -k 184k 9960" $mnt/s2/f1
xfs_io -f -c "reflink $mnt/f0 724k 204k 20k" $mnt/f3
xfs_io -f -c "pwrite -S 0x63 224k 80k" $mnt/f4
xfs_io -c "dedupe $mnt/s3/f2 100k 144k 24k" $mnt/f2
xfs_io -f -c "truncate 832120" $mnt/s3/g0
xfs_io -c "pwrite -S 0x61 608226 72k" $mnt/f0
