# extsim conformance workload, fsxgen.py seed 174 (files up to 16m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc 2983872 690934" -c "dedupe $mnt/file0 2724k 1864k 0" $mnt/file0
xfs_io -f -c "truncate 1096k" $mnt/file0
xfs_io -f -c "falloc 1243686 1948" $mnt/file0
xfs_io -f -c "falloc -k 15240k 4k" -c "reflink $mnt/file0" -c "sync_range -b 564k 44k" -c "fsync" -c "fdatasync" -c "reflink $mnt/file0 316k 200k 20k" -c "pwrite -S 0x44 588787 1641071" -c "pwrite -S 0x43 897369 59976" $mnt/file0
xfs_io -f -c "fpunch 150545 20292" -c "pwrite -S 0x44 -b 1000 72k 11448k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 8303673 1182829" -c "truncate 11467531" -c "pwrite -S 0x41 1268926 251" -c "pwrite -S 0x42 5055481 19457" $mnt/file0
xfs_io -f -c "falloc -k 2688k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 410293 3760464" -c "pwrite -S 0x44 11087809 1413" -c "reflink $mnt/file0 4780k 5124k 44k" -c "pwrite -S 0x43 3020022 28955" -c "pwrite -S 0x41 -b 1m 5368019 501731" -c "pwrite -S 0x44 2007722 24581" -c "falloc -k 16567334 31434" -c "falloc -k 4776572 3947" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 6164k 1576k" -c "sync_range -a 10364k 1488k" -c "reflink $mnt/file0 10388k 2764k 36k" -c "fiemap -v" -c "pwrite -S 0x42 -b 1000 276759 41193" $mnt/file0
