# extsim conformance workload, fsxgen.py seed 129 (files up to 4m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "dedupe $mnt/file0 0 32k 4k" -c "fiemap -v" $mnt/file0
xfs_io -f -c "pread -q 0 172k" -c "pread -q 2023578 221055" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 830 24811" -c "sync_range -b 20k 588k" -c "falloc -k 11555 23225" -c "reflink $mnt/file0" -c "pwrite -S 0x41 -b 1000 1849647 3420" -c "pwrite -S 0x44 -b 4k 308274 38527" $mnt/file0
xfs_io -f -c "fdatasync" -c "pwrite -S 0xcd 1293840 814894" -c "pwrite -S 0x42 -b 12k 3968279 39587" -c "pwrite -S 0x43 2592321 1185644" -c "fsync" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 1716k 2836k 44k" -c "reflink $mnt/file0 1032k 1008k 24k" -c "truncate 1118351" -c "fsync" $mnt/file0
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "fsync" $mnt/file1
xfs_io -f -c "fzero -k 0 44k" -c "pwrite -S 0x41 2385 2054" -c "falloc -k 3905 198372" $mnt/file1
xfs_io -f -c "fsync" -c "pwrite -S 0x44 2899 1551444" -c "falloc 700k 616k" -c "reflink $mnt/file0 856k 1216k 0" -c "pwrite -S 0x43 609528 192836" $mnt/file1
xfs_io -f -c "truncate 926718" -c "pwrite -S 0x42 574677 847" $mnt/file0
xfs_io -f -c "sync_range -w 384k 1956k" -c "fdatasync" -c "fiemap -v" -c "pwrite -S 0x41 -b 4k 588361 4085" -c "fzero -k 3524k 232k" -c "pwrite -S 0xcd -b 4k 2479367 53717" -c "pwrite -S 0xcd -b 512 2220265 235682" -c "dedupe $mnt/file1 1156k 2372k 0" $mnt/file1
btrfs subvolume snapshot $mnt $mnt/snap1
xfs_io -f -c "truncate 1710690" $mnt/file1
xfs_io -f -c "dedupe $mnt/file0 632k 228k 64k" -c "pwrite -S 0xcd 696k 48k" -c "fzero 572748 31029" -c "fsync" -c "pwrite -S 0x43 2733063 1036624" -c "reflink $mnt/file0 236k 3200k 0" $mnt/file0
xfs_io -f -c "falloc -k 996308 1144517" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 140k 3052k 40k" -c "pwrite -S 0xcd 1412332 1805" -c "fiemap -v" -c "falloc 2795552 3958" -c "pwrite -S 0x41 552136 21611" -c "fpunch 4015326 181" -c "fsync" -c "pwrite -S 0x44 -b 4k 2282812 44432" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 12k 4108726 76292" -c "pwrite -S 0x42 519039 2325" -c "falloc -k 2902345 655010" -c "pread -q 1050325 61045" -c "pwrite -S 0x42 -b 1000 979310 16425" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 5084k 1888k 4k" $mnt/file0
xfs_io -f -c "fpunch 3787880 2608" -c "falloc 4053254 1131" -c "fiemap -v" -c "fpunch 2562656 949989" -c "pwrite -S 0x42 970869 149348" -c "pwrite -S 0x44 3345161 441715" $mnt/file0
