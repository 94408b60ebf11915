# extsim conformance workload, fsxgen.py seed 160 (files up to 4m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "fpunch 963 99405" -c "pwrite -S 0x43 0 1184k" -c "dedupe $mnt/file0 40k 576k 1144k" -c "pwrite -S 0xcd -b 512 7003 2453963" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 1627299 38090" -c "reflink $mnt/file0 2192k 1200k 16k" -c "pwrite -S 0x41 1851590 471364" -c "pwrite -S 0x44 -b 1000 2329904 4741" $mnt/file0
xfs_io -f -c "truncate 3461694" -c "fpunch 1200k 216k" -c "reflink $mnt/file0 2092k 828k 48k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 1116k 968k 56k" -c "pwrite -S 0x44 -b 1000 2375596 202671" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 1000 847150 3989" -c "fpunch 1617141 32376" -c "reflink $mnt/file0 2136k 3008k 20k" -c "pwrite -S 0xcd -b 12k 1464k 12k" -c "truncate 2825047" $mnt/file0
btrfs subvolume snapshot $mnt $mnt/snap1
xfs_io -f -c "fpunch 664k 400k" -c "pread -q 3284k 212k" -c "fpunch 2905460 208597" -c "pwrite -S 0xcd -b 1m 436k 4k" $mnt/file0
xfs_io -f -c "fpunch 811540 293974" -c "pwrite -S 0x42 384k 192k" -c "pwrite -S 0x41 -b 1000 1205553 50836" -c "reflink $mnt/file0 1612k 1668k 24k" -c "pread -q 281297 561573" $mnt/file0
xfs_io -f -c "fzero -k 732k 2932k" -c "reflink $mnt/file0 1820k 1896k 60k" -c "pwrite -S 0x43 -b 4k 2372k 1564k" -c "fpunch 902788 462605" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 552k 16k" -c "falloc -k 1078583 25857" -c "pwrite -S 0x42 -b 1000 1800687 3867" -c "pwrite -S 0x44 -b 4k 450351 1929468" -c "pwrite -S 0x42 -b 12k 627330 798828" -c "pwrite -S 0x41 -b 1m 3148685 754250" -c "pwrite -S 0x42 -b 64k 1488k 4k" $mnt/file0
