# extsim conformance workload, fsxgen.py seed 32 (files up to 1m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd 467 388981" $mnt/file0
xfs_io -f -c "fzero -k 603623 58492" $mnt/file0
xfs_io -f -c "fpunch 16k 232k" -c "pwrite -S 0xcd 258155 39229" -c "pwrite -S 0x44 -b 1m 120216 345483" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 404k 488k 0" -c "pwrite -S 0x41 47660 1084" -c "fsync" -c "truncate 28k" -c "pwrite -S 0x42 -b 12k 17187 998027" -c "reflink $mnt/file0 520k 476k 52k" -c "falloc -k 260k 660k" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 872k 40k" -c "pwrite -S 0x43 333903 174377" -c "pwrite -S 0xcd 819101 17012" -c "pread -q 791286 285" -c "fiemap -v" -c "pwrite -S 0x44 -b 512 627002 42178" -c "truncate 686886" -c "pwrite -S 0x43 27278 3806" $mnt/file0
sync
xfs_io -f -c "sync_range -b 344k 4k" -c "pwrite -S 0x41 69097 1514" $mnt/file0
xfs_io -f -c "falloc -k 194521 2992" -c "fsync" -c "sync_range -b 180k 4k" -c "reflink $mnt/file0 484k 52k 20k" -c "dedupe $mnt/file0 200k 308k 0" -c "falloc 81733 467432" $mnt/file0
xfs_io -f -c "fdatasync" -c "pwrite -S 0x44 129187 3034" -c "pwrite -S 0x42 620906 305" $mnt/file0
xfs_io -f -c "pread -q 152k 132k" -c "truncate 513819" -c "fdatasync" -c "pwrite -S 0x42 825044 186514" -c "falloc -k 364683 630854" -c "dedupe $mnt/file0 644k 56k 4k" -c "fdatasync" $mnt/file0
