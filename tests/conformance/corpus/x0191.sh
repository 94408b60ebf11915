# extsim conformance workload, fsxgen.py seed 191 (files up to 1m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "fzero -k 662 38641" -c "sync_range -a 0 4k" -c "falloc 2950 21229" -c "truncate 8169" -c "fpunch 6602 1207" -c "pwrite -S 0x43 -b 1000 3129 384340" -c "reflink $mnt/file0 344k 140k 28k" $mnt/file0
xfs_io -f -c "fsync" -c "pwrite -S 0x42 -b 512 355539 570491" -c "fpunch 520k 16k" $mnt/file0
xfs_io -f -c "pread -q 2884 555987" -c "pwrite -S 0xcd 0 24k" -c "fzero 2965 954388" -c "reflink $mnt/file0 24k 372k 16k" -c "pwrite -S 0x41 -b 1m 9433 29467" -c "fsync" -c "fiemap -v" -c "reflink $mnt/file0 236k 788k 48k" $mnt/file1
xfs_io -f -c "pread -q 255974 287198" -c "pwrite -S 0x43 349983 140020" -c "reflink $mnt/file0 204k 392k 48k" -c "falloc -k 65872 952526" -c "falloc 437834 547933" -c "sync_range -a 108k 4k" -c "fpunch 436k 4k" -c "fpunch 977734 67126" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 512 428k 260k" -c "pwrite -S 0x44 9284 360781" -c "reflink $mnt/file0 500k 732k 64k" -c "fzero 824k 4k" -c "sync_range -a 228k 4k" -c "pwrite -S 0x44 -b 4k 484k 20k" -c "pwrite -S 0x43 556806 103" -c "fdatasync" $mnt/file1
xfs_io -f -c "pwrite -S 0x44 -b 1000 732k 44k" -c "reflink $mnt/file1 268k 696k 36k" -c "pwrite -S 0xcd 93924 914751" -c "pwrite -S 0x42 -b 12k 586123 63761" -c "pwrite -S 0x44 720k 4k" -c "fsync" $mnt/file1
xfs_io -f -c "pwrite -S 0xcd -b 12k 956k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 1m 318952 202050" -c "fiemap -v" -c "fpunch 677321 107715" -c "fsync" -c "pwrite -S 0x44 -b 12k 926388 1580" -c "fpunch 80k 708k" -c "pwrite -S 0x43 -b 12k 291068 2131" -c "fsync" $mnt/file0
sync
xfs_io -f -c "truncate 76k" -c "pwrite -S 0x41 4k 760k" -c "fpunch 556k 4k" -c "pwrite -S 0x43 596k 288k" -c "truncate 619168" -c "dedupe $mnt/file1 840k 244k 148515" -c "falloc -k 310884 599180" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 420k 820k 0" -c "truncate 910758" -c "falloc -k 603271 390856" -c "truncate 612k" $mnt/file1
xfs_io -f -c "fzero -k 476k 4k" -c "reflink $mnt/file0 428k 504k 28k" -c "pread -q 479516 348k" -c "pwrite -S 0x41 -b 64k 374805 265764" -c "fsync" -c "fzero -k 28299 3131" -c "pwrite -S 0x42 -b 1000 540k 4k" -c "reflink $mnt/file1" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 4k 477137 161484" -c "truncate 1005131" -c "pwrite -S 0x43 460k 508k" -c "sync_range -a 152k 324k" -c "pwrite -S 0x42 -b 1m 132446 3771" -c "pwrite -S 0x44 468k 516k" $mnt/file1
xfs_io -f -c "fpunch 153256 725824" -c "fpunch 558439 18943" -c "fdatasync" -c "pwrite -S 0x41 -b 4k 522202 157665" -c "reflink $mnt/file0 556k 1020k 48k" -c "fdatasync" -c "pwrite -S 0x44 147084 783286" $mnt/file1
