# extsim conformance workload, fsxgen.py seed 133 (files up to 4m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x44 -b 64k 2161 458391" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 1000 342433 38057" -c "pwrite -S 0x41 172208 1036297" -c "sync_range -a 1012k 20k" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 820k 1236k 8k" -c "fdatasync" -c "falloc 923975 489120" -c "fpunch 752k 4k" -c "fdatasync" -c "pread -q 211139 750" -c "pwrite -S 0x43 -b 1000 421956 43426" -c "falloc 1344k 288k" $mnt/file0
xfs_io -f -c "fpunch 172k 56k" $mnt/file0
xfs_io -f -c "fdatasync" -c "pread -q 368114 3661" -c "pwrite -S 0x44 -b 4k 1152848 99694" -c "reflink $mnt/file0 568k 840k 0" -c "pwrite -S 0x43 468k 404k" -c "pwrite -S 0x44 -b 512 529344 1709476" -c "pwrite -S 0x41 1030335 55799" $mnt/file0
xfs_io -f -c "falloc 868170 19397" -c "fsync" $mnt/file0
xfs_io -f -c "fzero -k 1404k 40k" -c "pwrite -S 0xcd -b 4k 1199134 655727" -c "falloc -k 1285687 16371" -c "fpunch 1584k 4k" -c "pread -q 2018848 539688" -c "fzero 156k 4k" -c "pwrite -S 0x42 1781692 1069954" -c "truncate 252k" $mnt/file0
xfs_io -f -c "truncate 78903" $mnt/file0
xfs_io -f -c "fiemap -v" -c "reflink $mnt/file0" -c "fdatasync" -c "truncate 3811" -c "fpunch 1220k 432k" -c "pread -q 0 652k" -c "pread -q 369077 1229108" -c "dedupe $mnt/file0 4k 56k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 64k 341203 61140" -c "fpunch 240k 3040k" $mnt/file0
xfs_io -f -c "sync_range -b 308k 4k" -c "fpunch 337850 889" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 512 407987 19221" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 25312 2029" -c "pwrite -S 0x44 -b 1m 84426 988772" -c "pwrite -S 0x42 840k 2136k" -c "reflink $mnt/file0 1828k 2556k 1148k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 12k 2056k 4k" -c "reflink $mnt/file0 804k 296k 12k" -c "pwrite -S 0xcd 1660k 4k" -c "fsync" -c "dedupe $mnt/file0 1316k 3256k 0" -c "pwrite -S 0x44 831743 3362" -c "falloc 2356k 4k" -c "fpunch 2032k 40k" $mnt/file0
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "reflink $mnt/file1 0 2488k 4k" -c "fsync" -c "sync_range -a 2864k 4k" $mnt/file0
sync
