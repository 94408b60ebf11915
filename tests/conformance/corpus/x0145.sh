# extsim conformance workload, fsxgen.py seed 145 (files up to 16m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x43 0 748k" -c "pread -q 328k 4k" -c "pwrite -S 0xcd -b 1m 188258 1678" -c "fpunch 316k 5640k" -c "fpunch 308127 3682870" $mnt/file0
xfs_io -f -c "falloc -k 228k 14960k" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 480k 216k 36k" $mnt/file0
xfs_io -f -c "fiemap -v" $mnt/file0
xfs_io -f -c "falloc 2252k 12k" $mnt/file0
xfs_io -f -c "pread -q 13808k 4k" -c "pwrite -S 0x44 84k 284k" -c "fsync" -c "sync_range -b 48k 4k" $mnt/file0
xfs_io -f -c "falloc 1701083 2682" -c "reflink $mnt/file0 932k 1m 0" -c "fsync" -c "pread -q 1936k 24k" -c "fzero -k 2072k 4k" -c "pread -q 2258645 6082" -c "fsync" -c "truncate 7156829" $mnt/file0
btrfs subvolume snapshot $mnt $mnt/snap1
xfs_io -f -c "fzero -k 1313122 292212" -c "pread -q 4524k 60k" $mnt/file0
sync
xfs_io -f -c "pwrite -S 0x43 -b 12k 4708k 52k" -c "dedupe $mnt/file0 3724k 7032k 48k" -c "fzero -k 437735 6149" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 512 936k 576k" -c "falloc 2160k 4k" -c "fdatasync" -c "truncate 1803818" -c "pwrite -S 0x41 -b 1000 35341 18131" $mnt/file0
xfs_io -f -c "fpunch 1122693 49105" -c "pwrite -S 0x42 -b 4k 860k 4k" -c "pwrite -S 0x42 1112k 2596k" -c "sync_range -a 1000k 5144k" -c "fpunch 2980k 20k" $mnt/file0
xfs_io -f -c "fpunch 1249288 4052" -c "truncate 6442392" -c "dedupe $mnt/file0 4864k 2208k 0" -c "pwrite -S 0x43 2538800 40778" -c "truncate 432k" -c "reflink $mnt/file0 32k 380k 400k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 392k 524k 60k" -c "pread -q 377273 36084" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 12k 4240k 48k" -c "fiemap -v" -c "pwrite -S 0x42 -b 512 345217 3741" -c "reflink $mnt/file0 2056k 2m 2232k" -c "reflink $mnt/file0 3324k 1936k 16k" -c "fsync" -c "fpunch 3012925 7285" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 15984k 360k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 1000 14630785 58623" -c "fsync" -c "pwrite -S 0x41 1930811 373958" -c "dedupe $mnt/file0 4748k 5664k 64k" -c "fpunch 184k 776k" $mnt/file0
xfs_io -f -c "fpunch 8059711 2760" -c "pwrite -S 0x42 11797327 746207" $mnt/file0
xfs_io -f -c "truncate 10868344" -c "fzero -k 1610528 4810" -c "falloc -k 7372k 4k" -c "falloc 323852 411480" -c "pwrite -S 0x44 4647003 2508" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 3252k 4352k 4k" -c "fiemap -v" -c "reflink $mnt/file0" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 492k 8500k 48k" -c "pwrite -S 0x42 -b 1000 9168k 708k" -c "pwrite -S 0xcd 6512k 24k" -c "falloc -k 2980778 41578" -c "pwrite -S 0x41 13728k 36k" -c "falloc -k 7716799 724838" -c "pwrite -S 0x41 -b 64k 13597903 11279" -c "fsync" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 5854060 3567" -c "fpunch 10384k 320k" $mnt/file0
