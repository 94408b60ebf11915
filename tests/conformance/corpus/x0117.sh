# extsim conformance workload, fsxgen.py seed 117 (files up to 1m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "fsync" -c "fdatasync" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 1343 404873" $mnt/file0
btrfs subvolume snapshot $mnt $mnt/snap1
xfs_io -f -c "fsync" -c "fpunch 362171 117893" -c "fiemap -v" -c "pwrite -S 0x43 -b 4k 110120 390710" -c "truncate 173795" -c "dedupe $mnt/file0 92k 0 8k" -c "truncate 115774" -c "reflink $mnt/file0 96k 12k 16k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 12k 72k 292k" -c "falloc 288k 224k" -c "dedupe $mnt/file0 64k 528k 448k" -c "reflink $mnt/file0 336k 228k 32k" -c "truncate 72k" -c "reflink $mnt/file0 48k 68k 0" -c "reflink $mnt/file0 64k 24k 0" $mnt/file0
xfs_io -f -c "fdatasync" -c "pwrite -S 0xcd -b 12k 93301 55974" -c "sync_range -a 48k 772k" -c "pwrite -S 0x44 90250 2187" -c "reflink $mnt/file0 120k 68k 26395" -c "reflink $mnt/file0" -c "fzero 68837 4074" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 53790 36897" -c "fzero 4827 57966" -c "pwrite -S 0x41 74290 819629" -c "truncate 155562" -c "falloc 144k 28k" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 168k 164k 8k" -c "truncate 460k" -c "pwrite -S 0xcd -b 1000 396k 420k" -c "pwrite -S 0x41 -b 4k 595996 92596" -c "pwrite -S 0x43 -b 64k 535959 3579" -c "fzero -k 600562 149285" -c "truncate 457123" -c "fzero 389263 81648" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 512 240951 4035" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 1m 340k 4k" -c "sync_range -b 132k 204k" -c "fpunch 313967 1071" -c "falloc 228883 252635" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 512 613609 12163" -c "sync_range -b 20k 56k" -c "fsync" -c "pwrite -S 0x42 119584 551547" -c "pwrite -S 0x43 559522 147183" -c "reflink $mnt/file0 644k 568k 44k" -c "pwrite -S 0x44 638914 321960" -c "pwrite -S 0xcd 604619 428396" $mnt/file0
