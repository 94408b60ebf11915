# extsim conformance workload, fsxgen.py seed 39 (files up to 4m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "reflink $mnt/file1 0 36k 4k" -c "pwrite -S 0x43 6364 2153215" -c "pwrite -S 0xcd 1344889 373" -c "reflink $mnt/file1 0 1280k 4k" -c "falloc 296629 39024" $mnt/file0
xfs_io -f -c "falloc -k 1981944 3419" -c "reflink $mnt/file1" $mnt/file0
xfs_io -f -c "fsync" -c "reflink $mnt/file0 1804k 24k 32k" -c "pread -q 48k 1352k" $mnt/file1
xfs_io -f -c "sync_range -a 1164k 20k" -c "truncate 0" -c "fdatasync" -c "pwrite -S 0xcd 847 873" $mnt/file1
xfs_io -f -c "reflink $mnt/file0 752k 36k 12k" -c "truncate 6329" -c "pwrite -S 0x44 1027 305504" -c "dedupe $mnt/file0 1344k 172k 60k" -c "pwrite -S 0xcd 241987 37474" $mnt/file1
xfs_io -f -c "pwrite -S 0x41 -b 1m 2969623 3014" -c "fdatasync" -c "fzero 336568 589561" -c "pwrite -S 0x42 2754072 1067" -c "truncate 1260016" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 512 1696249 22208" -c "pwrite -S 0x44 -b 1000 1368986 866919" -c "reflink $mnt/file0 852k 1824k 12k" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 3960791 228758" $mnt/file1
xfs_io -f -c "fzero 4008453 132033" -c "pwrite -S 0x43 2367465 60861" -c "pread -q 1000650 1395" -c "sync_range -a 1932k 56k" $mnt/file1
xfs_io -f -c "pwrite -S 0x44 1472k 972k" -c "sync_range -a 952k 3032k" -c "pwrite -S 0x43 1969593 1218941" -c "fiemap -v" -c "truncate 868k" -c "pwrite -S 0xcd 236k 4k" -c "truncate 1076k" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 2271431 67487" -c "truncate 3976k" -c "truncate 2825067" -c "pwrite -S 0xcd -b 512 2828k 1012k" $mnt/file1
