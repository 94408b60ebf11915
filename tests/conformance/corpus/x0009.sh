# extsim conformance workload, fsxgen.py seed 9 (files up to 4m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "fiemap -v" -c "pwrite -S 0x44 332k 692k" -c "fpunch 224k 8k" -c "dedupe $mnt/file1 208k 596k 32k" -c "fpunch 440171 1179373" -c "falloc 11055 229804" -c "fzero 228k 4k" -c "pwrite -S 0x41 17306 1092" $mnt/file1
xfs_io -f -c "fpunch 188k 20k" -c "fiemap -v" -c "pwrite -S 0x44 -b 1m 304k 68k" -c "pread -q 748k 4k" $mnt/file1
xfs_io -f -c "pwrite -S 0x41 154070 3352801" -c "fpunch 1104k 180k" -c "truncate 864609" -c "pwrite -S 0xcd -b 1000 824k 2036k" -c "pwrite -S 0x42 -b 4k 1681513 774605" -c "dedupe $mnt/file1 120k 204k 24k" -c "pwrite -S 0x43 -b 12k 49806 499" -c "reflink $mnt/file0 0 1164k 0" $mnt/file1
xfs_io -f -c "fsync" -c "truncate 550266" $mnt/file0
xfs_io -f -c "reflink $mnt/file1 2492k 2024k 8k" -c "pwrite -S 0x42 344k 28k" -c "pwrite -S 0xcd -b 12k 2288018 174476" $mnt/file1
xfs_io -f -c "fdatasync" $mnt/file0
xfs_io -f -c "fsync" -c "fsync" -c "fsync" -c "reflink $mnt/file0 304k 260k 238970" -c "dedupe $mnt/file1 1856k 244k 8k" $mnt/file1
sync
xfs_io -f -c "fdatasync" -c "reflink $mnt/file1 144k 84k 56k" -c "pwrite -S 0x44 -b 64k 184k 4k" -c "fsync" -c "fsync" -c "fzero -k 340k 4k" $mnt/file0
xfs_io -f -c "fzero 365704 59177" -c "pwrite -S 0x41 55292 612" -c "falloc 532k 44k" -c "pwrite -S 0x41 -b 64k 528k 4k" -c "pwrite -S 0x41 -b 1000 263440 3572036" -c "dedupe $mnt/file1 540k 1228k 0" -c "pwrite -S 0x43 3782212 3803" $mnt/file0
xfs_io -f -c "truncate 1747253" $mnt/file0
xfs_io -f -c "fpunch 1888k 1864k" -c "fpunch 246954 192573" -c "pwrite -S 0x41 864k 280k" -c "falloc -k 3228458 43958" -c "reflink $mnt/file1 1324k 2104k 60k" -c "truncate 1680k" -c "pwrite -S 0xcd -b 512 191871 43065" $mnt/file1
xfs_io -f -c "falloc 282786 752865" -c "pwrite -S 0x41 -b 1m 372k 20k" -c "truncate 1582188" -c "pwrite -S 0x42 924k 2784k" -c "falloc 3044k 4k" -c "pwrite -S 0xcd -b 1000 2806341 3715" -c "pwrite -S 0x41 850682 42004" $mnt/file1
