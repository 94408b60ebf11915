# extsim conformance workload, fsxgen.py seed 156 (files up to 16m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "fsync" -c "fpunch 2792k 16k" -c "pwrite -S 0xcd 0 12392k" $mnt/file0
xfs_io -f -c "truncate 1703550" -c "fdatasync" $mnt/file0
xfs_io -f -c "pread -q 140k 56k" -c "truncate 740934" -c "reflink $mnt/file0 580k 248k 12k" $mnt/file0
xfs_io -f -c "falloc -k 135405 806415" -c "pwrite -S 0x41 348826 14571088" -c "reflink $mnt/file0 14564k 7636k 12k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 1992k 7324k 12880106" -c "fsync" -c "truncate 18628k" -c "sync_range -a 160k 44k" $mnt/file0
xfs_io -f -c "fpunch 6176057 469026" -c "pwrite -S 0xcd 600k 12k" -c "falloc 7007320 3129" -c "falloc -k 13704k 900k" $mnt/file0
xfs_io -f -c "falloc 12772k 4k" -c "pwrite -S 0x41 -b 4k 4476k 4k" -c "truncate 15916k" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 3508k 284k" -c "pwrite -S 0x42 -b 1m 708k 420k" -c "reflink $mnt/file0 11008k 9804k 32k" -c "fzero -k 7372865 6121615" -c "fiemap -v" -c "pwrite -S 0x43 4428k 1020k" $mnt/file0
xfs_io -f -c "truncate 4762686" -c "reflink $mnt/file0 1748k 4260k 28k" -c "reflink $mnt/file0 484k 96k 20k" $mnt/file0
xfs_io -f -c "truncate 10369609" -c "fpunch 13131911 27" -c "fdatasync" -c "truncate 731881" -c "falloc -k 293002 1436" -c "fzero -k 1251911 4839805" $mnt/file0
xfs_io -f -c "fdatasync" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 502853 909047" -c "pwrite -S 0xcd -b 1m 589319 3091" -c "pwrite -S 0x41 360k 52k" -c "reflink $mnt/file0 440k 1044k 48k" -c "falloc 728k 4k" -c "truncate 626127" -c "falloc -k 351723 18710" -c "pwrite -S 0x43 261500 36807" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 252k 4k" -c "pwrite -S 0x41 -b 12k 524k 20k" -c "fpunch 313037 6530006" -c "falloc 5726059 760641" -c "dedupe $mnt/file0 3748k 1676k 60k" -c "pwrite -S 0x42 -b 4k 1004908 5788475" $mnt/file0
xfs_io -f -c "sync_range -a 28k 4k" -c "pwrite -S 0x41 -b 512 5373943 9482936" -c "pread -q 596k 14272k" -c "pwrite -S 0xcd 3263259 7716" -c "pwrite -S 0x41 16020k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 4k 11679470 3834166" -c "reflink $mnt/file0 2356k 9476k 44k" -c "falloc -k 14144k 420k" -c "falloc 12432k 4k" -c "pwrite -S 0x43 1376k 4412k" -c "reflink $mnt/file0 12384k 4048k 3640k" -c "pwrite -S 0x42 8125866 400268" -c "fsync" $mnt/file0
