# extsim conformance workload, fsxgen.py seed 35 (files up to 4m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "fsync" $mnt/file0
xfs_io -f -c "fdatasync" -c "pwrite -S 0x43 -b 512 94589 4058" -c "reflink $mnt/file0" -c "pread -q 44666 9649" -c "fzero 21077 1066" -c "fpunch 51764 149478" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 -b 1000 12826 3092" $mnt/file0
xfs_io -f -c "fdatasync" -c "pwrite -S 0x42 -b 1m 22686 651" -c "pwrite -S 0x42 88k 2060k" -c "fsync" -c "truncate 3319168" $mnt/file0
xfs_io -f -c "falloc 2862687 2820" -c "pwrite -S 0x44 -b 64k 3856158 1919" -c "pwrite -S 0x43 -b 1m 3122563 59714" $mnt/file0
xfs_io -f -c "fpunch 111651 13536" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 996k 592k 28k" -c "pwrite -S 0x41 -b 12k 1667429 788650" -c "fpunch 877871 2935" -c "fpunch 3091886 48489" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 -b 1m 2419362 669" -c "reflink $mnt/file0 3448k 1544k 48k" -c "pwrite -S 0x44 -b 4k 1952755 515642" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 3187881 1753" -c "dedupe $mnt/file0 1588k 3088k 2231965" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 1m 1939176 3074" -c "falloc -k 1113660 1160419" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 3152k 724k 20k" -c "fpunch 933066 1715" $mnt/file0
xfs_io -f -c "fsync" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 3285736 548983" -c "fpunch 3600759 389045" -c "truncate 1488k" -c "truncate 816334" -c "pwrite -S 0x42 -b 1000 116881 2948" -c "truncate 144418" -c "fiemap -v" -c "pwrite -S 0x44 77142 3206093" $mnt/file0
xfs_io -f -c "truncate 1117163" -c "pread -q 155448 1513" -c "sync_range -w 632k 4k" -c "pwrite -S 0x42 1111266 529718" -c "pwrite -S 0x44 969492 338754" -c "reflink $mnt/file0 784k 752k 4k" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 1036k 1140k 32k" -c "truncate 921005" -c "fsync" -c "fiemap -v" -c "pwrite -S 0x41 631219 51873" $mnt/file0
btrfs subvolume snapshot $mnt $mnt/snap1
xfs_io -f -c "pwrite -S 0xcd -b 1000 1369720 456815" -c "fsync" -c "fsync" $mnt/file0
xfs_io -f -c "fpunch 1589569 2692" -c "pwrite -S 0xcd -b 1000 294844 1504" -c "dedupe $mnt/file0 1380k 1760k 20k" -c "falloc -k 1516709 1682805" -c "pwrite -S 0x41 1488k 624k" -c "pwrite -S 0x44 -b 12k 784k 4k" -c "fsync" -c "fpunch 883036 1972" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 1773903 535060" -c "dedupe $mnt/file0 376k 104k 4k" -c "fzero -k 1289556 10250" -c "pwrite -S 0x41 -b 4k 1704600 190" -c "fpunch 2284307 62383" -c "pwrite -S 0x43 -b 64k 448k 40k" -c "fpunch 752k 1608k" -c "reflink $mnt/file0 60k 72k 56k" $mnt/file0
