# extsim conformance workload, fsxgen.py seed 31 (files up to 16m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
sync
xfs_io -f -c "pwrite -S 0x41 3667 3438138" -c "pwrite -S 0x43 -b 12k 13200k 404k" -c "fiemap -v" $mnt/file0
xfs_io -f -c "fpunch 865091 46597" -c "pwrite -S 0x44 12630293 706" -c "reflink $mnt/file0 7084k 11956k 44k" -c "pwrite -S 0x43 -b 1m 4921986 830821" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 64k 9901255 1422" -c "dedupe $mnt/file0 10968k 6540k 40k" -c "pwrite -S 0xcd 5468k 6600k" -c "pwrite -S 0x42 -b 1m 4003689 26360" -c "fzero 8388k 760k" $mnt/file0
xfs_io -f -c "fzero -k 11352k 200k" -c "fzero -k 6294647 935000" $mnt/file0
sync
xfs_io -f -c "pwrite -S 0xcd 6168140 9370482" -c "dedupe $mnt/file1 0 8584k 4k" -c "fzero 8768312 401704" -c "dedupe $mnt/file1 0 688k 4k" $mnt/file0
xfs_io -f -c "truncate 14937197" -c "fsync" -c "fiemap -v" -c "pread -q 13878486 271" -c "fzero 8685038 57000" -c "falloc -k 7442155 3329340" -c "truncate 11708295" $mnt/file0
xfs_io -f -c "pread -q 8386080 4653239" -c "reflink $mnt/file0 1112k 7904k 64k" $mnt/file0
xfs_io -f -c "truncate 10081586" -c "pread -q 3912390 18672" -c "reflink $mnt/file1 9404k 3m 0" -c "fsync" -c "fzero 8712817 647195" -c "falloc 3718251 810040" -c "pread -q 6899732 572399" $mnt/file1
