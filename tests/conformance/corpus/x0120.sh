# extsim conformance workload, fsxgen.py seed 120 (files up to 1m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "truncate 337640" -c "dedupe $mnt/file1 0 64k 4k" -c "sync_range -w 236k 212k" -c "dedupe $mnt/file0 48k 0 60k" -c "falloc 228762 570626" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 64k 0 16k" -c "fzero 13953 294812" $mnt/file1
xfs_io -f -c "truncate 497873" $mnt/file1
xfs_io -f -c "fsync" -c "fiemap -v" -c "pwrite -S 0x41 -b 1m 304k 4k" $mnt/file1
xfs_io -f -c "fzero -k 100k 44k" -c "fzero 425898 45455" $mnt/file1
xfs_io -f -c "fpunch 169788 710034" $mnt/file1
xfs_io -f -c "fpunch 19745 2510" -c "pwrite -S 0x42 712985 38177" -c "pwrite -S 0xcd -b 64k 109959 32353" -c "pwrite -S 0x41 467468 2932" -c "pwrite -S 0x43 260k 504k" -c "fiemap -v" -c "fpunch 699101 28144" -c "pwrite -S 0x43 676157 90529" $mnt/file0
xfs_io -f -c "fpunch 444413 587483" -c "reflink $mnt/file0 192k 524k 4k" $mnt/file1
xfs_io -f -c "pwrite -S 0xcd -b 4k 254317 446917" -c "reflink $mnt/file1 404k 20k 0" -c "pwrite -S 0x42 -b 1m 296091 1425" -c "fpunch 133634 2362" -c "sync_range -b 776k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 4k 647549 60597" -c "sync_range -a 100k 8k" -c "falloc -k 727739 115533" -c "sync_range -a 176k 200k" -c "fsync" -c "fpunch 490042 493" -c "pwrite -S 0x42 -b 4k 400k 52k" -c "fpunch 139353 58472" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 388k 228k 56k" -c "pwrite -S 0x42 -b 1m 264k 116k" -c "pread -q 1029862 3506" -c "pwrite -S 0x42 -b 12k 504697 323410" -c "fsync" -c "falloc -k 114333 793608" -c "truncate 40k" -c "fsync" $mnt/file1
xfs_io -f -c "fpunch 538924 40056" -c "fsync" $mnt/file0
xfs_io -f -c "fzero -k 639264 54420" -c "truncate 932k" -c "fsync" -c "fiemap -v" -c "pwrite -S 0x44 -b 1000 832450 2857" -c "fiemap -v" $mnt/file0
xfs_io -f -c "truncate 959977" -c "sync_range -a 616k 236k" $mnt/file0
xfs_io -f -c "fsync" -c "fsync" -c "dedupe $mnt/file0 76k 728k 16k" -c "fsync" -c "falloc -k 536k 376k" -c "pwrite -S 0x43 -b 1000 795136 217911" -c "truncate 21382" -c "fiemap -v" $mnt/file0
