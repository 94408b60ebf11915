# extsim conformance workload, fsxgen.py seed 149 (files up to 256k)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
sync
xfs_io -f -c "pwrite -S 0x41 -b 1000 0 8k" $mnt/file1
xfs_io -f -c "pread -q 2401 7332" -c "falloc -k 6105 19200" -c "sync_range -b 0 16k" -c "falloc -k 148k 20k" -c "pwrite -S 0x44 3894 2036" -c "pwrite -S 0xcd -b 1000 3312 10897" -c "pread -q 8k 12k" -c "falloc -k 662 279" $mnt/file1
touch $mnt/file2
chattr +C $mnt/file2
xfs_io -f -c "pwrite -S 0x41 -b 64k 4k 48k" -c "falloc 24k 60k" -c "pwrite -S 0x43 -b 64k 92k 4k" -c "pwrite -S 0x42 -b 4k 15383 120786" -c "pwrite -S 0x43 -b 1000 51848 42481" $mnt/file1
xfs_io -f -c "pwrite -S 0x44 0 4k" -c "reflink $mnt/file2 0 60k 4k" -c "pwrite -S 0x41 -b 12k 23174 162394" -c "pwrite -S 0x43 139052 48431" -c "reflink $mnt/file0 84k 240k 12k" -c "fdatasync" -c "fzero -k 76k 36k" $mnt/file0
xfs_io -f -c "fsync" -c "reflink $mnt/file2 0 0 4k" -c "fdatasync" $mnt/file2
xfs_io -f -c "reflink $mnt/file1" -c "pwrite -S 0x44 -b 1000 100k 12k" -c "fdatasync" -c "fiemap -v" -c "dedupe $mnt/file2 132k 80k 1001" -c "truncate 132583" $mnt/file2
xfs_io -f -c "pwrite -S 0x44 -b 1000 49107 198455" $mnt/file2
xfs_io -f -c "reflink $mnt/file2 0 92k 0" -c "dedupe $mnt/file0 8k 16k 244k" -c "pwrite -S 0xcd 188890 227" -c "pwrite -S 0x41 -b 4k 60k 4k" -c "fsync" -c "fpunch 231055 27638" $mnt/file1
