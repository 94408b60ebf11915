# extsim conformance workload, fsxgen.py seed 175 (files up to 1m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "sync_range -b 932k 4k" -c "fiemap -v" -c "pwrite -S 0x44 635590 64262" -c "fpunch 217308 361675" -c "fiemap -v" -c "falloc 228870 320" -c "pwrite -S 0x43 528k 196k" -c "fsync" $mnt/file0
xfs_io -f -c "fpunch 213431 222763" -c "fdatasync" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 1m 892k 36k" -c "fsync" -c "pwrite -S 0x42 536k 4k" -c "fdatasync" $mnt/file0
xfs_io -f -c "pread -q 684440 14844" -c "fdatasync" -c "fiemap -v" -c "pwrite -S 0x43 389042 2102" -c "pwrite -S 0xcd 893786 42587" -c "fiemap -v" -c "truncate 4595" -c "pwrite -S 0x42 377 3918" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 728868 222619" -c "fpunch 65051 795678" -c "pwrite -S 0x43 783774 172642" -c "truncate 408913" $mnt/file0
btrfs subvolume snapshot $mnt $mnt/snap1
xfs_io -f -c "fpunch 374130 13430" -c "truncate 521266" -c "reflink $mnt/file0 396k 8k 20k" -c "pwrite -S 0xcd 65818 837104" -c "reflink $mnt/file0 464k 220k 24k" $mnt/file0
xfs_io -f -c "fsync" $mnt/file0
xfs_io -f -c "fdatasync" $mnt/file0
btrfs subvolume snapshot $mnt $mnt/snap2
xfs_io -f -c "fiemap -v" -c "fzero 185436 68229" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 811379 56141" -c "fpunch 76k 4k" -c "dedupe $mnt/file0 352k 544k 32k" -c "dedupe $mnt/file0 416k 416k 32k" -c "falloc 293996 149506" $mnt/file0
xfs_io -f -c "sync_range -b 724k 4k" -c "pwrite -S 0x41 331043 585320" -c "sync_range -w 340k 4k" -c "pwrite -S 0xcd 848657 187791" -c "fzero 770945 461" -c "fsync" -c "reflink $mnt/file0 204k 792k 0" -c "pwrite -S 0x43 -b 12k 392086 322344" $mnt/file0
xfs_io -f -c "truncate 438497" -c "reflink $mnt/file0 192k 204k 20k" -c "fzero 290553 3323" -c "fpunch 84594 39605" -c "falloc -k 426536 3961" -c "fiemap -v" -c "pwrite -S 0x41 -b 12k 311816 548040" -c "fpunch 414531 145729" $mnt/file0
