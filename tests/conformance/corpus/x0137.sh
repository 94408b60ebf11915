# extsim conformance workload, fsxgen.py seed 137 (files up to 1m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "fpunch 3257 142863" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 0 60k 4k" $mnt/file0
xfs_io -f -c "truncate 1274" -c "falloc 0 4k" -c "fsync" -c "fdatasync" -c "fsync" -c "fiemap -v" -c "dedupe $mnt/file0 0 28k 4k" $mnt/file0
xfs_io -f -c "falloc 916k 52k" -c "pwrite -S 0x44 -b 1m 568063 410505" -c "fiemap -v" -c "fsync" $mnt/file0
xfs_io -f -c "fpunch 136k 4k" -c "reflink $mnt/file0 880k 612k 60k" -c "pwrite -S 0x44 -b 512 716k 80k" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 -b 4k 808k 4k" -c "pwrite -S 0x44 22546 65078" -c "fsync" -c "fzero -k 928k 4k" -c "truncate 148782" -c "reflink $mnt/file0 104k 76k 36k" $mnt/file0
xfs_io -f -c "truncate 78498" -c "truncate 610548" -c "falloc -k 60k 396k" -c "falloc 539583 501323" -c "reflink $mnt/file0 968k 528k 0" -c "truncate 236k" $mnt/file0
xfs_io -f -c "fsync" -c "pread -q 8k 48k" $mnt/file0
xfs_io -f -c "fiemap -v" -c "fiemap -v" -c "truncate 58074" -c "reflink $mnt/file0 48k 20k 12k" -c "sync_range -b 4k 448k" $mnt/file0
