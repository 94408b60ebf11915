# extsim conformance workload, fsxgen.py seed 81 (files up to 16m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
sync
xfs_io -f -c "truncate 7260k" -c "pwrite -S 0x43 6294366 376903" -c "pwrite -S 0x41 7849166 4116300" -c "fsync" -c "fpunch 4488k 200k" -c "pwrite -S 0x42 5028k 368k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 1000 6252k 4k" -c "pwrite -S 0x41 4037522 2869" -c "dedupe $mnt/file0 6068k 7424k 16k" -c "pwrite -S 0xcd -b 4k 447475 11597287" $mnt/file0
xfs_io -f -c "sync_range -a 10956k 32k" -c "pread -q 9913778 5410" -c "sync_range -w 1232k 32k" -c "dedupe $mnt/file0 8412k 3512k 3430874" -c "pwrite -S 0x42 5092k 432k" -c "pwrite -S 0x44 -b 4k 8384k 4k" -c "pwrite -S 0xcd 2601367 444977" -c "fdatasync" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 6860k 3924k 5020122" -c "reflink $mnt/file0 708k 3084k 52k" -c "fpunch 1643932 12657197" -c "fpunch 9036k 504k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 64k 2464760 488115" -c "sync_range -w 1392k 728k" -c "pwrite -S 0x44 -b 1000 900734 683674" $mnt/file0
xfs_io -f -c "falloc -k 1440709 2818" -c "reflink $mnt/file0 2640k 10504k 36k" -c "fpunch 852k 4k" -c "pwrite -S 0xcd 7176k 356k" -c "pwrite -S 0x43 -b 1000 10156752 3380024" -c "dedupe $mnt/file0 5152k 1716k 56k" -c "fiemap -v" -c "reflink $mnt/file0 3880k 11320k 9563656" $mnt/file0
xfs_io -f -c "falloc 1812k 3492k" $mnt/file0
xfs_io -f -c "fpunch 505970 895148" $mnt/file0
xfs_io -f -c "fpunch 2903294 38139" -c "truncate 5156k" $mnt/file0
xfs_io -f -c "falloc 15274032 400035" $mnt/file0
xfs_io -f -c "fzero 3132k 1912k" -c "pread -q 3378396 41783" -c "sync_range -w 12992k 44k" -c "pwrite -S 0x44 -b 64k 4060132 583284" -c "pwrite -S 0x42 -b 1000 287555 52374" -c "pwrite -S 0x42 -b 1000 1085371 63315" $mnt/file0
xfs_io -f -c "falloc -k 5383752 2504" -c "fpunch 15236k 932k" -c "reflink $mnt/file0 6844k 12328k 20k" $mnt/file0
xfs_io -f -c "falloc 9607628 2648012" $mnt/file0
umount $mnt
mount $dev $mnt
xfs_io -f -c "fdatasync" -c "pread -q 10150276 6723" -c "fiemap -v" -c "sync_range -a 11736k 4k" -c "sync_range -b 7592k 4k" -c "falloc 14191558 56412" $mnt/file0
xfs_io -f -c "falloc 9396k 1996k" -c "sync_range -w 2520k 4k" -c "fiemap -v" -c "pwrite -S 0x44 4501605 1632" -c "falloc -k 4632083 2908286" $mnt/file0
umount $mnt
mount $dev $mnt
