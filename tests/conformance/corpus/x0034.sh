# extsim conformance workload, fsxgen.py seed 34 (files up to 4m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x41 -b 64k 0 12k" -c "pwrite -S 0x41 1003 535229" -c "falloc -k 325065 800281" -c "pwrite -S 0x41 -b 1000 132k 2224k" -c "fdatasync" -c "reflink $mnt/file0 1148k 1696k 0" $mnt/file0
xfs_io -f -c "fpunch 3784445 3887" -c "fpunch 1862256 293913" -c "pwrite -S 0x44 -b 1000 1224k 4k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0" -c "pwrite -S 0x43 -b 1m 760k 1400k" -c "pwrite -S 0x43 -b 64k 1090237 1320" -c "pwrite -S 0x43 -b 1000 602232 322964" -c "falloc 1949535 361512" -c "truncate 3786636" $mnt/file0
xfs_io -f -c "fpunch 2641998 354592" $mnt/file0
xfs_io -f -c "sync_range -w 676k 1896k" -c "fpunch 2606322 1402686" -c "truncate 1009587" -c "pwrite -S 0x44 -b 512 704236 2300" -c "fzero 248k 220k" -c "falloc -k 793584 73993" -c "pwrite -S 0xcd 8k 4k" $mnt/file0
xfs_io -f -c "fpunch 800112 1642560" -c "pwrite -S 0x44 -b 64k 900323 389626" -c "falloc -k 230320 1576174" -c "pwrite -S 0x41 1171379 6874" -c "pread -q 1072915 776268" $mnt/file0
xfs_io -f -c "fsync" -c "truncate 2232378" -c "sync_range -w 1288k 956k" $mnt/file0
sync
xfs_io -f -c "fpunch 3880k 32k" -c "reflink $mnt/file0" -c "fzero -k 2744k 32k" -c "falloc -k 1120k 4k" -c "pwrite -S 0x41 -b 4k 942939 9614" -c "pwrite -S 0x42 -b 12k 1268175 527785" -c "pwrite -S 0x43 2168122 52248" -c "truncate 1324k" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 988k 56k" -c "falloc 32k 12k" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 236k 164k 64k" -c "falloc -k 1943438 730" -c "truncate 1036k" -c "fsync" -c "pwrite -S 0xcd 280196 6320" -c "reflink $mnt/file0 296k 428k 32k" -c "fzero -k 2483 2993" $mnt/file0
xfs_io -f -c "falloc 82596 892366" -c "fsync" -c "reflink $mnt/file0 972k 856k 28k" -c "falloc 2592709 53256" -c "falloc 1365758 896789" -c "fpunch 1820k 12k" -c "reflink $mnt/file0 732k 560k 20k" $mnt/file0
xfs_io -f -c "fpunch 1155152 703106" $mnt/file0
xfs_io -f -c "fpunch 426608 61874" -c "dedupe $mnt/file0 2160k 1596k 52k" -c "dedupe $mnt/file0 644k 328k 24k" -c "pwrite -S 0x42 2154607 3524" -c "reflink $mnt/file0 232k 2104k 44k" $mnt/file0
xfs_io -f -c "pread -q 1744k 1736k" -c "truncate 2501990" -c "pwrite -S 0x41 -b 512 728k 4k" -c "truncate 2184k" $mnt/file0
