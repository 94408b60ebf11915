# extsim conformance workload, fsxgen.py seed 77 (files up to 4m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "fsync" -c "reflink $mnt/file0 0 32k 0" -c "fzero -k 3180k 40k" -c "pwrite -S 0x42 -b 512 30779 29570" -c "dedupe $mnt/file1 36k 88k 4k" -c "dedupe $mnt/file0 0 108k 0" -c "fdatasync" -c "fzero 893190 932726" $mnt/file1
xfs_io -f -c "fsync" -c "pwrite -S 0x44 3310 28726" -c "pwrite -S 0x43 -b 512 31039 428" -c "fpunch 4004k 4k" -c "dedupe $mnt/file0 8k 36k 4k" -c "falloc 18860 510" $mnt/file0
xfs_io -f -c "pread -q 928k 1948k" $mnt/file0
xfs_io -f -c "pread -q 1354960 19551" -c "pwrite -S 0xcd 3104k 500k" -c "pwrite -S 0x41 -b 1000 2268927 603213" -c "fiemap -v" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 444k 8k" $mnt/file0
xfs_io -f -c "fpunch 1715246 813671" -c "reflink $mnt/file1 580k 1768k 12k" -c "truncate 406485" -c "falloc 4010363 132206" -c "pread -q 2356603 165444" $mnt/file1
xfs_io -f -c "pwrite -S 0xcd 205504 7467" -c "pwrite -S 0xcd -b 64k 2272795 44963" -c "fdatasync" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 -b 1000 3090572 387" -c "fpunch 3439845 3522" -c "pwrite -S 0x43 516k 4k" -c "reflink $mnt/file0 2736k 356k 0" -c "fsync" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 -b 1000 2381548 680855" -c "fdatasync" $mnt/file1
xfs_io -f -c "fpunch 2574778 693559" -c "falloc -k 2110220 447089" -c "pwrite -S 0x42 -b 12k 610382 937339" -c "dedupe $mnt/file0 1964k 556k 24k" $mnt/file1
xfs_io -f -c "sync_range -b 1728k 416k" -c "fpunch 1982813 1605128" -c "pwrite -S 0x43 3603694 25364" -c "truncate 3651939" -c "fdatasync" -c "pwrite -S 0x41 -b 1000 1565217 230766" -c "fpunch 200798 2420657" $mnt/file1
