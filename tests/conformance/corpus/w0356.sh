# extsim conformance workload, gen.py seed 356 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 4k 28336128 8k" $mnt/f0
xfs_io -c "truncate 26591232" $mnt/f0
xfs_io -c "falloc -k 2781184 1m" $mnt/f0
xfs_io -c "fpunch 21557248 64k" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "dedupe $mnt/s1/f0 21016576 40k 4k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 7118848 10813440 11894784" $mnt/f0
xfs_io -c "pwrite 18649088 48k" -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 -b 1m 27926528 4m" $mnt/f0
xfs_io -c "fpunch 9891840 68k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 -b 1m 15818752 14m" $mnt/f1
xfs_io -c "pwrite -S 0x63 27467776 24k" $mnt/f1
xfs_io -c "pwrite -S 0xcd 11075584 164k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0xcd 21700608 148k" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x62 760k 8" $mnt/f1
xfs_io -c "falloc 29682613 44k" $mnt/f1
md5sum $mnt/s1/f0
xfs_io -c "falloc -k 28110848 12m" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 11042816 36k" $mnt/f1
xfs_io -c "falloc 29253632 32k" $mnt/f0
xfs_io -c "falloc 2863104 48k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 20475904 3m" $mnt/f1
xfs_io -c "pwrite -S 0x61 3076096 224k" -c "fdatasync" $mnt/f1
xfs_io -c "reflink $mnt/f0 5468160 3395584 356k" $mnt/f1
sync
xfs_io -c "dedupe $mnt/f0 3502080 1593344 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 9818112 28k" $mnt/f0
xfs_io -c "fsync" $mnt/f1
sync
xfs_io -c "pwrite -S 0x61 3497984 8k" $mnt/f1
xfs_io -c "pwrite -S 0x62 -b 1m 20402176 8m" $mnt/f1
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -c "pwrite -S 0xcd 19189760 32k" -c "fsync" $mnt/f2
xfs_io -c "truncate 1227238" $mnt/f1
xfs_io -f -c "truncate 11563008" $mnt/f3
xfs_io -c "falloc 20725760 12k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 26574848 708k 12k" $mnt/f2
xfs_io -c "fsync" $mnt/f1
xfs_io -c "dedupe $mnt/f1 548k 0 670182" $mnt/f3
xfs_io -c "fpunch 1040650 56k" $mnt/f1
xfs_io -c "fsync" $mnt/f3
xfs_io -c "pwrite -S 0x63 27631616 28k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 19419512 460k 4k" $mnt/f1
xfs_io -c "fpunch 4706304 216k" $mnt/f3
xfs_io -c "fsync" $mnt/f3
xfs_io -f -c "pwrite -S 0x62 -b 1m 12275712 4m" $mnt/f4
xfs_io -c "reflink $mnt/s1/f0 11980800 11259904 12341248" $mnt/f4
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -f -c "pwrite -S 0x63 -b 1m 6860800 1m" $mnt/s2/g0
xfs_io -c "pwrite -S 0x61 1101824 40k" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd -b 1m 20148224 4m" -c "fsync" $mnt/f3
xfs_io -c "falloc -k 104k 8947" $mnt/f1
xfs_io -c "dedupe $mnt/f0 13180928 0 32k" $mnt/s2/g0
chattr +C $mnt/s2/f2
xfs_io -f -c "pwrite -S 0x62 3670016 228k" $mnt/f4
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "fpunch 1208320 96k" $mnt/s2/g0
xfs_io -c "reflink $mnt/s3/f0 11231232 296k 20901888" $mnt/s3/f1
md5sum $mnt/s3/f4
xfs_io -c "dedupe $mnt/f2 12660736 15740928 8k" $mnt/s3/f4
xfs_io -c "pwrite 3878912 32k" $mnt/s2/f4
