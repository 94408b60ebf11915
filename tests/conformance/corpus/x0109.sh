# extsim conformance workload, fsxgen.py seed 109 (files up to 1m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "fdatasync" -c "sync_range -a 0 516k" -c "fpunch 2524 68846" -c "sync_range -w 0 636k" -c "pwrite -S 0x42 -b 1000 3318 151298" $mnt/file0
sync
xfs_io -f -c "pwrite -S 0x41 454096 551660" -c "reflink $mnt/file0 360k 984k 8k" -c "fzero -k 384k 404k" -c "pread -q 896197 81540" -c "fdatasync" -c "pwrite -S 0x42 -b 64k 683874 2773" -c "pwrite -S 0x43 588k 44k" -c "reflink $mnt/file0 932k 872k 60k" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 896k 136k 0" -c "pwrite -S 0x41 456k 4k" -c "reflink $mnt/file0 120k 308k 872k" -c "pwrite -S 0x42 344k 20k" -c "pwrite -S 0xcd -b 1m 116k 52k" $mnt/file0
sync
xfs_io -f -c "pread -q 656390 30101" -c "fzero 120040 47506" -c "falloc 211923 676772" -c "fdatasync" -c "fdatasync" $mnt/file0
xfs_io -f -c "falloc 108357 524667" -c "pwrite -S 0x41 -b 512 716k 20k" $mnt/file0
xfs_io -f -c "falloc 727210 882" -c "dedupe $mnt/file0 104k 44k 32k" -c "sync_range -b 628k 4k" -c "falloc -k 77718 2821" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 560805 13053" -c "reflink $mnt/file0 672k 880k 44k" $mnt/file0
xfs_io -f -c "fiemap -v" $mnt/file0
xfs_io -f -c "fpunch 147867 3561" -c "pwrite -S 0x43 534511 254861" $mnt/file0
xfs_io -f -c "truncate 563129" -c "pwrite -S 0xcd 826425 2273" $mnt/file0
xfs_io -f -c "fiemap -v" -c "pwrite -S 0x41 -b 1000 93674 466508" -c "pwrite -S 0x42 452k 64k" -c "reflink $mnt/file0 568k 776k 247066" $mnt/file0
xfs_io -f -c "falloc 62564 15486" -c "falloc 365891 161006" -c "falloc -k 585130 340201" -c "pwrite -S 0x42 -b 12k 1005967 11414" -c "pwrite -S 0x44 -b 4k 204k 812k" -c "pwrite -S 0x41 -b 512 972k 16k" -c "fzero -k 160k 28k" -c "fsync" $mnt/file0
