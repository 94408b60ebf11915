# extsim conformance workload, fsxgen.py seed 11 (files up to 16m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "fpunch 0 15804k" -c "fpunch 1290 518" $mnt/file0
sync
xfs_io -f -c "truncate 6553897" -c "reflink $mnt/file1 0 3744k 4k" -c "pwrite -S 0x44 -b 512 1926577 62395" -c "pwrite -S 0x44 -b 512 141687 1750" -c "falloc -k 612690 35361" -c "truncate 3439756" -c "pwrite -S 0x42 44k 4k" -c "dedupe $mnt/file0 1832k 2084k 20k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 64k 9964k 4k" -c "pwrite -S 0x43 7232k 16k" -c "truncate 1216k" -c "fdatasync" -c "reflink $mnt/file0" -c "falloc 2463194 13964671" -c "falloc 14880k 28k" $mnt/file1
xfs_io -f -c "fzero 435535 318" -c "pread -q 1052k 13492k" -c "fiemap -v" -c "fzero -k 2948k 4k" -c "fsync" -c "reflink $mnt/file0 832k 3064k 0" -c "truncate 2040k" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 11105340 4599" -c "falloc -k 713339 3951" -c "truncate 1184k" $mnt/file1
xfs_io -f -c "falloc 1889189 3418" -c "pwrite -S 0xcd 1310637 6361525" -c "pwrite -S 0xcd -b 1m 2104k 11928k" $mnt/file0
xfs_io -f -c "sync_range -a 60k 176k" -c "pwrite -S 0x43 1016k 4188k" $mnt/file1
xfs_io -f -c "falloc 4051424 848838" -c "pwrite -S 0x42 -b 4k 6720680 50387" -c "pwrite -S 0x43 13904k 4k" $mnt/file0
xfs_io -f -c "fzero -k 6780k 8516k" -c "truncate 14824k" -c "pwrite -S 0x41 -b 64k 11112k 724k" -c "reflink $mnt/file0 3108k 404k 36k" -c "pwrite -S 0x43 3868988 1829056" -c "pwrite -S 0x44 7971565 374732" -c "fsync" -c "pwrite -S 0x42 5664k 48k" $mnt/file0
xfs_io -f -c "fpunch 56426 9227689" -c "fdatasync" -c "reflink $mnt/file1 1676k 808k 16k" $mnt/file1
xfs_io -f -c "fsync" -c "truncate 12050541" -c "falloc -k 5738715 4618043" -c "pwrite -S 0x42 14052k 4k" -c "fzero 11852k 4032k" $mnt/file0
xfs_io -f -c "fsync" -c "fsync" -c "truncate 5514681" -c "fsync" -c "pread -q 4992k 36k" -c "pwrite -S 0xcd -b 512 4806580 3371671" -c "pwrite -S 0xcd 8131957 3282" -c "pwrite -S 0x44 552811 6941978" $mnt/file0
