# extsim conformance workload, gen.py seed 442
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 996k 5422" -c "fdatasync" $mnt/f0
rm $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 1680543 11557" $mnt/f0
xfs_io -c "truncate 356k" $mnt/f0
xfs_io -c "reflink $mnt/f0 112k 232k 228k" $mnt/f0
xfs_io -c "falloc 240k 244k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "truncate 1664345" $mnt/f0
xfs_io -c "falloc -k 248k 32k" $mnt/f0
xfs_io -c "falloc -k 676k 124k" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "dedupe $mnt/f0 264k 20k 12k" $mnt/f0
xfs_io -c "fpunch 1445888 4k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1523712 700k 40k" $mnt/f0
xfs_io -c "pwrite -S 0x63 12k 188k" $mnt/f0
xfs_io -c "falloc -k 2076672 28k" $mnt/f0
xfs_io -c "falloc 1384448 160k" $mnt/f0
xfs_io -c "pwrite -S 0x63 62361 224k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 820k 2056192 0" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 208k 2629632 1355776" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 832k 308k 4k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "fpunch 3923968 4427" $mnt/s2/f0
xfs_io -c "reflink $mnt/s2/f0 3538944 2494464 160k" $mnt/s2/f0
xfs_io -c "truncate 3002368" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 756k 2793472 156k" $mnt/f0
xfs_io -c "pwrite -S 0x61 716k 12k" $mnt/s2/f0
xfs_io -c "pwrite -S 0x63 620k 232k" $mnt/f0
xfs_io -c "fpunch 692k 8k" $mnt/f0
xfs_io -c "pwrite -S 0xcd -b 1m 2453504 3m" -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/s2/f0 3162112 2740224 260k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1626112 52k" -c "fdatasync" $mnt/s2/f0
xfs_io -c "falloc 787987 32k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1339392 3092480 1667072" $mnt/f0
xfs_io -c "pwrite 3768320 4767" $mnt/s2/f0
xfs_io -c "pwrite -S 0x61 732k 48k" $mnt/f0
xfs_io -c "pwrite -S 0x63 1568768 28k" $mnt/f0
md5sum $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 2199552 2m" $mnt/s2/f0
xfs_io -c "fdatasync" $mnt/s2/f0
xfs_io -c "dedupe $mnt/f0 4956160 2457600 32k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 2080768 100k" $mnt/s2/f0
btrfs subvolume snapshot -r $mnt $mnt/s3
xfs_io -c "reflink $mnt/s3/f0 2581139 1777122 188k" $mnt/f0
touch $mnt/s2/g1
chattr +C $mnt/s2/g1
xfs_io -f -c "truncate 960k" $mnt/s2/g0
