# extsim conformance workload, fsxgen.py seed 57 (files up to 4m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "fpunch 165009 48868" -c "falloc 0 284k" -c "pwrite -S 0xcd -b 64k 3492k 52k" -c "pwrite -S 0x41 -b 12k 2280k 1368k" -c "reflink $mnt/file1 1588k 204k 60k" $mnt/file1
btrfs subvolume snapshot $mnt $mnt/snap1
xfs_io -f -c "pwrite -S 0x42 -b 1000 3013 38793" -c "pwrite -S 0x42 10543 2114" -c "pwrite -S 0x42 -b 1m 7533 2229" -c "fdatasync" -c "pread -q 1505518 880" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 1548k 52k" -c "pread -q 453179 1909" -c "pwrite -S 0x43 -b 1m 3400k 124k" $mnt/file1
xfs_io -f -c "dedupe $mnt/file1 1964k 48k 1684k" -c "falloc 24k 4k" -c "pwrite -S 0x41 -b 64k 24k 4k" -c "pwrite -S 0x42 5069 1459" -c "pwrite -S 0xcd -b 512 2928k 28k" -c "pwrite -S 0x41 1192k 732k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 2532k 760k 16k" -c "truncate 3628k" -c "fpunch 964k 388k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 1012k 704k" -c "truncate 746223" -c "fzero 722016 30055" $mnt/file1
xfs_io -f -c "fdatasync" -c "fsync" -c "pwrite -S 0x44 296k 44k" -c "pread -q 694592 2889170" $mnt/file1
xfs_io -f -c "falloc -k 288k 144k" -c "pwrite -S 0x42 659850 2229762" $mnt/file1
