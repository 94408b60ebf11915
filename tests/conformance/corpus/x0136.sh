# extsim conformance workload, fsxgen.py seed 136 (files up to 16m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x43 -b 64k 473 1636" -c "reflink $mnt/file0 4k 0 0" -c "pread -q 343 42930" $mnt/file0
xfs_io -f -c "pread -q 0 1m" -c "fsync" -c "fsync" -c "fiemap -v" -c "pwrite -S 0xcd 7799068 44379" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 3828k 5432k 0" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 5676k 52k" -c "pwrite -S 0x44 -b 12k 4056k 28k" -c "falloc 2228k 760k" -c "truncate 1675762" -c "pread -q 1034579 3659" -c "pwrite -S 0x43 116662 6352853" -c "pwrite -S 0xcd 852036 913704" $mnt/file0
touch $mnt/file1
sync
xfs_io -f -c "fpunch 1916k 12220k" -c "pwrite -S 0xcd -b 64k 6295815 1748678" -c "fpunch 7741621 661330" -c "fsync" -c "pwrite -S 0x41 -b 4k 6842659 55410" -c "fpunch 3632k 4k" -c "pread -q 14420k 4k" -c "fpunch 7966140 7376703" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 4k 5626335 25514" -c "pwrite -S 0x41 1321542 22684" -c "pwrite -S 0x41 4772k 6332k" -c "dedupe $mnt/file0 8120k 10932k 2984k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 7720k 44k 32k" -c "fpunch 1263 6405665" $mnt/file1
xfs_io -f -c "pwrite -S 0x43 -b 4k 1695458 517044" -c "pwrite -S 0x42 -b 1000 9984k 4k" -c "fzero 1983678 965714" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 512 49264 28995" -c "pwrite -S 0x42 -b 1m 32k 388k" -c "fzero -k 99619 3705" -c "dedupe $mnt/file0 9220k 12k 36k" -c "pwrite -S 0x41 -b 64k 64k 880k" -c "pwrite -S 0xcd -b 12k 583186 11044326" $mnt/file1
xfs_io -f -c "pwrite -S 0xcd -b 12k 15828k 4k" -c "fsync" -c "falloc -k 4892944 50933" -c "falloc 12112k 4k" -c "truncate 3388371" $mnt/file1
xfs_io -f -c "pwrite -S 0x41 -b 1000 5504k 44k" -c "reflink $mnt/file0 2020k 1284k 0" -c "pwrite -S 0x41 7868484 1560" -c "pwrite -S 0x43 -b 512 4028152 27507" -c "pread -q 8148k 52k" -c "pwrite -S 0x43 3972k 4k" $mnt/file0
xfs_io -f -c "falloc 8960k 860k" -c "falloc 5560648 88511" -c "pwrite -S 0x41 -b 1m 1706671 7438205" -c "fpunch 9012422 43128" -c "falloc -k 4324k 340k" -c "fiemap -v" -c "pwrite -S 0x42 -b 512 8969890 970263" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 9972k 264k" -c "truncate 2136k" -c "pwrite -S 0x42 1720k 4k" -c "pwrite -S 0x41 1439243 11586519" -c "fzero 4870613 178" -c "pwrite -S 0x41 11057862 1243" -c "fsync" $mnt/file0
