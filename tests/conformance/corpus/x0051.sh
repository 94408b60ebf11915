# extsim conformance workload, fsxgen.py seed 51 (files up to 1m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "dedupe $mnt/file0 0 48k 4k" -c "pwrite -S 0x42 2115 3914" -c "falloc -k 5314 3864" -c "pwrite -S 0x44 222810 1433" -c "pwrite -S 0x42 -b 64k 421253 117467" -c "fiemap -v" -c "falloc 461296 3556" -c "pwrite -S 0x41 208946 557267" $mnt/file0
xfs_io -f -c "fsync" -c "truncate 764249" -c "fzero -k 112326 487472" -c "reflink $mnt/file0 564k 360k 40k" -c "pwrite -S 0x41 -b 1m 374383 2443" -c "reflink $mnt/file0 740k 76k 12k" -c "truncate 917565" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 -b 4k 840145 167733" -c "fdatasync" -c "reflink $mnt/file0 416k 1044k 44k" -c "pwrite -S 0x43 -b 64k 440k 264k" -c "pwrite -S 0x41 679869 2372" $mnt/file0
xfs_io -f -c "truncate 1017860" -c "fiemap -v" -c "pwrite -S 0xcd 194929 87" -c "pwrite -S 0xcd 500645 20270" -c "fpunch 56750 481246" -c "fpunch 240k 516k" $mnt/file0
sync
xfs_io -f -c "fpunch 993651 15114" -c "pwrite -S 0x42 570981 22049" -c "fsync" -c "pwrite -S 0xcd 184k 748k" $mnt/file0
sync
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd -b 1m 484k 84k" -c "falloc 867662 86001" -c "pwrite -S 0x41 -b 64k 318391 342834" -c "fpunch 679619 53565" -c "fdatasync" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 64k 423069 3723" -c "pwrite -S 0xcd -b 64k 789031 3534" -c "pwrite -S 0xcd -b 4k 312k 232k" -c "fzero 104787 172714" -c "falloc 176122 372397" -c "reflink $mnt/file0 92k 812k 48k" -c "truncate 224k" -c "truncate 188k" $mnt/file0
