# extsim conformance workload, fsxgen.py seed 130 (files up to 16m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
sync
xfs_io -f -c "reflink $mnt/file0 0 44k 0" -c "pwrite -S 0x44 -b 12k 1807 14499928" -c "falloc 12820k 16k" -c "truncate 2598791" -c "pwrite -S 0x44 1181441 12986555" -c "pwrite -S 0xcd -b 12k 6180801 44403" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 4400k 6984k 32k" -c "pwrite -S 0x42 13635254 3068909" -c "fsync" $mnt/file0
xfs_io -f -c "falloc -k 10396755 2695867" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 6092705 3007849" -c "pwrite -S 0x42 -b 12k 14924486 47652" -c "pwrite -S 0x44 -b 1m 3496k 4k" -c "truncate 7500k" -c "pread -q 1420k 4k" $mnt/file0
xfs_io -f -c "fpunch 3184k 48k" -c "truncate 6912k" $mnt/file0
xfs_io -f -c "fiemap -v" -c "fiemap -v" -c "pwrite -S 0x43 1447590 62682" -c "truncate 5070917" -c "truncate 3169057" -c "fzero 1400851 89" $mnt/file0
xfs_io -f -c "falloc -k 3201247 117480" -c "pwrite -S 0x42 -b 64k 819156 9642" -c "fpunch 1122282 2492" -c "pwrite -S 0x44 15319287 1031546" -c "sync_range -a 724k 40k" -c "pwrite -S 0x42 2728302 46324" -c "truncate 6376k" -c "fzero -k 3144k 2064k" $mnt/file0
xfs_io -f -c "fsync" -c "pwrite -S 0x41 4032k 4k" -c "pwrite -S 0x42 3974052 2943" -c "falloc -k 3015168 58649" -c "fdatasync" -c "pread -q 7063185 31827" -c "fzero -k 5058078 710417" -c "reflink $mnt/file0 4864k 3220k 56k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 12k 1679535 58300" -c "reflink $mnt/file0 5940k 5812k 32k" -c "pwrite -S 0xcd -b 64k 408k 8k" -c "fpunch 9674107 919" -c "falloc 4870569 57845" -c "dedupe $mnt/file0 5716k 3936k 660k" $mnt/file0
xfs_io -f -c "fsync" -c "truncate 3684k" -c "truncate 2929490" -c "falloc -k 1040k 14608k" -c "dedupe $mnt/file0 2228k 656k 48k" -c "pwrite -S 0x41 3241265 16654" $mnt/file0
xfs_io -f -c "truncate 534269" -c "pwrite -S 0xcd 93398 12883573" -c "pwrite -S 0x43 13380k 4k" -c "falloc -k 4635973 13703" -c "dedupe $mnt/file0 288k 3368k 48k" -c "fsync" $mnt/file0
xfs_io -f -c "pread -q 224k 16k" -c "pwrite -S 0x44 6152k 44k" -c "falloc -k 7000k 4k" -c "pwrite -S 0x42 11776k 4k" -c "pwrite -S 0x44 -b 512 10876k 40k" $mnt/file0
