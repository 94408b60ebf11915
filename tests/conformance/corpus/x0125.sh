# extsim conformance workload, fsxgen.py seed 125 (files up to 1m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/file0" -c "reflink $mnt/file0 0 12k 4k" -c "pwrite -S 0xcd 103798 741786" -c "fpunch 728k 20k" -c "pwrite -S 0x41 -b 64k 604k 4k" $mnt/file0
xfs_io -f -c "fdatasync" -c "reflink $mnt/file0 8k 436k 32k" -c "reflink $mnt/file0 580k 240k 36k" -c "fpunch 630236 37668" -c "pwrite -S 0x42 -b 12k 464k 56k" -c "dedupe $mnt/file0 112k 520k 48k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 756k 4k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 464k 420k 56k" -c "fdatasync" -c "pwrite -S 0x41 -b 64k 816k 84k" -c "sync_range -b 468k 8k" -c "fiemap -v" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 592k 196k" -c "fsync" -c "fpunch 112715 840167" -c "fsync" -c "pwrite -S 0x41 -b 64k 151444 494035" -c "pwrite -S 0xcd 218230 612978" -c "pwrite -S 0xcd 472k 8k" $mnt/file0
xfs_io -f -c "falloc -k 840k 4k" -c "fzero -k 577352 1301" -c "pwrite -S 0x44 656170 63165" -c "pwrite -S 0x44 -b 64k 24k 104k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 512 340k 24k" -c "pwrite -S 0x42 -b 1m 784985 28945" -c "pwrite -S 0xcd -b 1m 697213 3979" -c "reflink $mnt/file0 704k 400k 60k" -c "dedupe $mnt/file0 700k 844k 0" -c "pwrite -S 0x42 622008 2592" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 344k 172k 16k" -c "pwrite -S 0x41 -b 12k 727675 533" -c "pwrite -S 0x44 -b 4k 310756 370529" -c "fzero -k 915147 61110" -c "fsync" -c "pread -q 85059 180755" $mnt/file0
xfs_io -f -c "truncate 107567" $mnt/file0
xfs_io -f -c "fpunch 8k 28k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 21908 564382" -c "pwrite -S 0x41 -b 512 470013 221430" $mnt/file0
xfs_io -f -c "fiemap -v" -c "dedupe $mnt/file0 388k 312k 12k" -c "truncate 192k" -c "pwrite -S 0x41 194133 19199" -c "truncate 109607" $mnt/file0
