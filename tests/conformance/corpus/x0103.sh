# extsim conformance workload, fsxgen.py seed 103 (files up to 16m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "fzero -k 3982543 1379657" -c "fdatasync" -c "pwrite -S 0xcd 4180k 372k" -c "reflink $mnt/file0 2036k 704k 28k" -c "reflink $mnt/file0 2304k 1764k 60k" -c "dedupe $mnt/file0 336k 3944k 20k" -c "pread -q 2919818 738" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 2388k 160k 52k" -c "fpunch 5784k 728k" $mnt/file0
xfs_io -f -c "fsync" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 4k 708095 472679" -c "fsync" -c "pwrite -S 0x42 -b 1000 1946078 3736" -c "truncate 273320" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 32k 4k" -c "fpunch 144k 848k" -c "pread -q 228k 860k" -c "pwrite -S 0x43 4k 4k" -c "pwrite -S 0xcd 192k 4k" -c "dedupe $mnt/file0 24k 68k 48k" $mnt/file0
xfs_io -f -c "pread -q 148k 9492k" -c "fzero 260k 11904k" -c "pwrite -S 0x44 4822756 178004" -c "fpunch 4682560 377091" $mnt/file0
xfs_io -f -c "fiemap -v" -c "pread -q 6m 404k" $mnt/file0
xfs_io -f -c "fpunch 4935504 5428802" -c "truncate 9004k" -c "fpunch 4997999 63272" -c "falloc 7470997 67206" -c "fzero -k 4499029 892748" -c "falloc 708k 4k" $mnt/file0
xfs_io -f -c "falloc 236k 716k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 3564k 5340k" -c "truncate 5664956" -c "fpunch 2597169 357482" -c "truncate 989611" -c "reflink $mnt/file0 324k 180k 657835" -c "fsync" -c "pread -q 180k 916k" $mnt/file0
sync
xfs_io -f -c "pread -q 432k 964k" -c "fiemap -v" -c "pwrite -S 0xcd 1723735 10948853" -c "pwrite -S 0x43 -b 12k 2060k 6600k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 9516413 416136" -c "pwrite -S 0x43 16340k 4k" -c "pwrite -S 0xcd 6305666 44045" -c "truncate 14104k" -c "fzero 5828k 4k" $mnt/file0
xfs_io -f -c "falloc 11683068 2367" -c "pwrite -S 0x44 15560034 847671" -c "pwrite -S 0x42 10380k 4k" -c "falloc 10468k 4428k" $mnt/file0
xfs_io -f -c "fpunch 12554814 2865" -c "fsync" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 10268k 8300k 24k" -c "pwrite -S 0x44 16260967 266662" -c "dedupe $mnt/file0 1688k 4288k 14799117" $mnt/file0
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "pwrite -S 0xcd 15694701 3056" -c "truncate 4346550" -c "fsync" -c "pwrite -S 0xcd -b 1m 11132k 1244k" -c "pwrite -S 0x43 -b 64k 1510493 1043913" -c "fpunch 6548k 4172k" -c "fzero -k 6823202 8388891" -c "pwrite -S 0x44 6088k 1844k" $mnt/file0
xfs_io -f -c "fsync" -c "sync_range -b 10316k 864k" -c "pwrite -S 0x42 14988928 146636" $mnt/file0
xfs_io -f -c "fzero 4034077 781027" -c "reflink $mnt/file1 0 520k 4k" -c "pwrite -S 0x41 8055486 17133" -c "pwrite -S 0xcd 13144k 832k" -c "fzero -k 7164k 4k" -c "pwrite -S 0x42 6948k 56k" -c "fdatasync" -c "pwrite -S 0x41 7212k 4k" $mnt/file0
