# extsim conformance workload, fsxgen.py seed 105 (files up to 4m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x44 -b 1000 1208 3245" -c "reflink $mnt/file0 4k 28k 4k" -c "fsync" -c "pread -q 4k 380k" -c "falloc -k 4112911 77340" $mnt/file0
xfs_io -f -c "falloc 8k 4k" -c "falloc -k 120883 26680" -c "pwrite -S 0x41 -b 1m 28k 4k" -c "falloc -k 15855 868211" -c "pwrite -S 0x41 10956 3632735" -c "pread -q 916656 15769" -c "falloc 1728k 568k" $mnt/file0
xfs_io -f -c "fiemap -v" $mnt/file0
xfs_io -f -c "fdatasync" -c "dedupe $mnt/file0 2652k 3056k 44k" -c "reflink $mnt/file0 60k 776k 52k" -c "pwrite -S 0x42 348k 132k" $mnt/file0
xfs_io -f -c "fsync" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 2680k 1952k 899371" -c "pwrite -S 0x43 -b 512 720k 28k" -c "pwrite -S 0x44 136k 376k" -c "sync_range -b 1552k 4k" -c "fiemap -v" -c "fdatasync" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 416k 2148k 12k" -c "fzero -k 1036k 948k" -c "fzero -k 2898839 436673" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 12k 2466938 834202" -c "truncate 631201" -c "pwrite -S 0x43 432k 1964k" -c "dedupe $mnt/file0 1456k 2420k 940k" -c "fzero 1540k 528k" -c "fpunch 1788599 13442" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 -b 512 216k 4k" -c "pwrite -S 0x42 -b 1000 1973708 2487" -c "pwrite -S 0xcd 1857587 443836" -c "fdatasync" -c "fsync" $mnt/file0
xfs_io -f -c "falloc -k 1284k 44k" -c "dedupe $mnt/file0 1980k 1380k 52k" -c "pwrite -S 0x44 -b 1m 1650881 246704" $mnt/file0
xfs_io -f -c "truncate 240277" -c "dedupe $mnt/file0 84k 260k 16k" -c "dedupe $mnt/file0 172k 144k 64149" -c "truncate 379486" -c "pwrite -S 0xcd 84k 2608k" -c "falloc 693001 170206" -c "pwrite -S 0x42 80k 56k" $mnt/file0
xfs_io -f -c "falloc -k 2569586 13238" -c "fpunch 106945 2855186" -c "pwrite -S 0x42 -b 4k 2864k 4k" -c "pwrite -S 0x42 2859970 1084035" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 1956k 2868k 28k" -c "falloc -k 1120791 26254" $mnt/file0
xfs_io -f -c "fpunch 2248449 29936" -c "pwrite -S 0x43 552k 328k" -c "truncate 2225162" -c "pwrite -S 0xcd 731324 16568" -c "dedupe $mnt/file0 908k 208k 32k" -c "dedupe $mnt/file0 1160k 1632k 12k" -c "reflink $mnt/file0 84k 1600k 44k" -c "sync_range -b 1852k 468k" $mnt/file0
xfs_io -f -c "fsync" -c "pwrite -S 0x44 580k 60k" -c "pwrite -S 0x42 2300k 792k" -c "sync_range -a 2420k 4k" -c "falloc 457633 781290" -c "reflink $mnt/file0 692k 604k 56k" $mnt/file0
