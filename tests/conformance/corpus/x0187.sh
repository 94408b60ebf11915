# extsim conformance workload, fsxgen.py seed 187 (files up to 16m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
touch $mnt/file1
xfs_io -f -c "fiemap -v" -c "fpunch 7808k 688k" -c "fpunch 2840 7222674" $mnt/file1
xfs_io -f -c "fiemap -v" -c "fdatasync" -c "reflink $mnt/file0 0 32k 0" -c "pwrite -S 0x43 -b 12k 32590 2911" -c "fzero -k 5455803 763737" -c "fdatasync" -c "truncate 15352k" -c "fzero 7112841 3710" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 2370 3931" -c "fpunch 0 6916k" -c "falloc -k 4k 40k" -c "fzero 980 713045" -c "pwrite -S 0xcd -b 1000 500k 4k" $mnt/file1
xfs_io -f -c "pwrite -S 0x44 -b 1m 578084 1252" -c "fpunch 273040 3406" -c "falloc 139905 1249" -c "pwrite -S 0xcd 664k 600k" -c "fsync" $mnt/file1
xfs_io -f -c "sync_range -a 2096k 28k" -c "fzero -k 12780k 3120k" -c "fpunch 54678 1180" -c "fpunch 6692k 4k" -c "pwrite -S 0x43 -b 12k 9692k 376k" -c "fpunch 14872k 1088k" $mnt/file0
btrfs subvolume snapshot $mnt $mnt/snap1
xfs_io -f -c "fsync" -c "sync_range -b 1040k 5604k" -c "dedupe $mnt/file0 2640k 1240k 28k" -c "pwrite -S 0x42 -b 512 15444k 4k" -c "truncate 1972231" -c "pread -q 505821 326523" -c "fpunch 1752k 4k" -c "fdatasync" $mnt/file1
xfs_io -f -c "fdatasync" -c "pwrite -S 0x43 296208 814" -c "fsync" $mnt/file0
xfs_io -f -c "fpunch 136k 524k" $mnt/file1
xfs_io -f -c "fsync" -c "fsync" -c "fpunch 235493 3629" -c "pwrite -S 0x43 -b 512 1180224 2904" $mnt/file1
xfs_io -f -c "falloc 1703271 14742" -c "falloc -k 6592k 5848k" -c "dedupe $mnt/file1 628k 12836k 52k" -c "pwrite -S 0x41 3399049 313" -c "fzero -k 13158551 648932" -c "fpunch 5980k 32k" -c "truncate 15083941" -c "reflink $mnt/file0 5464k 4700k 9488805" $mnt/file0
