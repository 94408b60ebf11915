# extsim conformance workload, fsxgen.py seed 96 (files up to 4m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "dedupe $mnt/file0 0 52k 4k" $mnt/file0
xfs_io -f -c "sync_range -a 3916k 112k" -c "pread -q 2649 1348" -c "pwrite -S 0xcd 0 136k" $mnt/file0
xfs_io -f -c "pread -q 3632876 51048" -c "truncate 2983880" -c "fiemap -v" -c "reflink $mnt/file0 1664k 380k 28k" -c "truncate 2383813" $mnt/file0
xfs_io -f -c "fpunch 268k 4k" -c "truncate 1400829" -c "dedupe $mnt/file0 708k 356k 12k" -c "dedupe $mnt/file0 272k 364k 0" -c "pwrite -S 0x41 184k 600k" $mnt/file0
xfs_io -f -c "truncate 694211" -c "pwrite -S 0x41 -b 1000 3908k 104k" -c "fpunch 3m 780k" -c "fsync" -c "pwrite -S 0x42 -b 4k 359648 31158" -c "truncate 776k" -c "pread -q 464661 16331" -c "sync_range -w 348k 304k" $mnt/file0
xfs_io -f -c "fzero 348382 1193575" -c "fpunch 1180k 2060k" -c "reflink $mnt/file0 164k 296k 40k" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 872k 292k" -c "sync_range -a 776k 4k" -c "pwrite -S 0x43 -b 512 1892817 804269" -c "pwrite -S 0x42 2064832 10803" $mnt/file0
xfs_io -f -c "sync_range -b 1396k 2400k" -c "sync_range -a 840k 36k" -c "fzero -k 2424150 924974" -c "fzero 914522 49603" -c "pwrite -S 0x42 2157062 184981" -c "fpunch 273288 2964" -c "pread -q 1992k 524k" -c "truncate 1659822" $mnt/file0
xfs_io -f -c "sync_range -b 1100k 480k" -c "pwrite -S 0xcd 1793271 12425" -c "pwrite -S 0x43 -b 1000 296k 4k" -c "fdatasync" $mnt/file0
xfs_io -f -c "fpunch 69570 2570484" -c "fpunch 1071454 2949" -c "sync_range -a 372k 60k" -c "pwrite -S 0xcd -b 64k 1268k 56k" -c "reflink $mnt/file0 716k 1684k 1072512" $mnt/file0
xfs_io -f -c "falloc 1968771 3070" -c "pread -q 744k 208k" -c "falloc -k 1096760 3823" -c "pwrite -S 0x41 -b 1m 1339566 1062" -c "pwrite -S 0x43 292k 176k" -c "pwrite -S 0x43 -b 1000 2712530 45479" -c "truncate 1892k" -c "pwrite -S 0xcd -b 64k 634828 967" $mnt/file0
