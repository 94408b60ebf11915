# extsim conformance workload, fsxgen.py seed 142 (files up to 16m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "pwrite -S 0x43 -b 512 1695 3893" $mnt/file1
xfs_io -f -c "fzero 981 282042" -c "pwrite -S 0x43 126832 837481" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 2628 2744" $mnt/file1
xfs_io -f -c "pwrite -S 0x41 826213 403449" -c "pread -q 4463004 9884" -c "fzero -k 1070525 22825" $mnt/file0
touch $mnt/file2
xfs_io -f -c "truncate 1282078" -c "fiemap -v" -c "pwrite -S 0x44 270038 367" -c "sync_range -w 6768k 40k" -c "fdatasync" -c "fzero -k 45964 472491" -c "pwrite -S 0xcd 526349 463276" $mnt/file2
xfs_io -f -c "truncate 36k" -c "pread -q 4951 624370" -c "pwrite -S 0xcd 24k 4496k" -c "falloc -k 1874934 59795" -c "pwrite -S 0x43 -b 1m 14528k 20k" -c "fpunch 8802159 2962552" -c "reflink $mnt/file0 7280k 11288k 48k" -c "falloc -k 7700592 49262" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 12k 5912k 440k" -c "pread -q 7501255 345158" -c "pwrite -S 0x42 13052929 1025741" -c "dedupe $mnt/file2 800k 6716k 462878" -c "pwrite -S 0xcd 7281363 818620" $mnt/file0
xfs_io -f -c "fzero 672k 28k" -c "pwrite -S 0x41 -b 4k 430976 2088" -c "reflink $mnt/file1 0 428k 0" $mnt/file2
xfs_io -f -c "truncate 6640574" -c "reflink $mnt/file2" -c "pwrite -S 0xcd -b 512 6971512 1502447" -c "pread -q 626062 1813" -c "fpunch 271215 23122" $mnt/file0
xfs_io -f -c "reflink $mnt/file2 1036k 40k 0" -c "pwrite -S 0x43 57954 1559360" -c "falloc 1093510 44313" $mnt/file1
xfs_io -f -c "pwrite -S 0x43 -b 512 1092136 796674" -c "dedupe $mnt/file1 1540k 1292k 36k" -c "pwrite -S 0x41 -b 1000 1020k 4k" -c "truncate 115301" -c "fsync" -c "falloc -k 56375 674" -c "pwrite -S 0x43 -b 12k 40630 326831" -c "pread -q 15945405 825904" $mnt/file2
xfs_io -f -c "pwrite -S 0xcd 156772 6110" -c "fsync" -c "falloc 715076 322" $mnt/file1
xfs_io -f -c "truncate 11898173" -c "pwrite -S 0xcd -b 1m 8689376 52251" $mnt/file0
xfs_io -f -c "truncate 159934" $mnt/file2
xfs_io -f -c "pwrite -S 0x42 -b 1000 11595524 549564" -c "pwrite -S 0x44 14887772 1086900" -c "reflink $mnt/file2 84k 4884k 0" -c "dedupe $mnt/file1 1240k 4956k 0" -c "pwrite -S 0x42 13654383 1700591" -c "fzero -k 8122807 707" -c "pwrite -S 0xcd 413748 500" -c "fpunch 15726375 310237" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 1000 127549 4812883" -c "fpunch 3401836 103385" -c "pwrite -S 0x44 3756k 32k" -c "pwrite -S 0xcd -b 12k 1153327 63851" -c "pread -q 15136588 59328" -c "truncate 15652k" $mnt/file2
