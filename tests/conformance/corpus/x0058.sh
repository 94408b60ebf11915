# extsim conformance workload, fsxgen.py seed 58 (files up to 1m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "pread -q 878770 152046" -c "pwrite -S 0x43 0 564k" -c "pwrite -S 0x43 -b 4k 136k 32k" -c "pwrite -S 0x42 -b 1000 79306 26401" -c "pwrite -S 0xcd 200k 512k" $mnt/file1
xfs_io -f -c "pwrite -S 0x41 208349 59557" -c "pwrite -S 0x44 -b 4k 312757 728641" -c "pwrite -S 0x41 66026 5825" -c "truncate 216830" -c "pwrite -S 0xcd -b 1m 144988 697603" -c "falloc -k 360490 1067" -c "reflink $mnt/file0 0 420k 0" $mnt/file1
xfs_io -f -c "pwrite -S 0x43 -b 512 226709 361" -c "fpunch 184016 56603" -c "fsync" $mnt/file1
xfs_io -f -c "fpunch 820k 48k" -c "pwrite -S 0x42 -b 1m 349286 120961" -c "pwrite -S 0x44 322823 64473" -c "fsync" -c "pwrite -S 0x44 312k 4k" -c "reflink $mnt/file0 0 500k 4k" -c "pwrite -S 0x42 -b 4k 123458 43025" -c "reflink $mnt/file0 0 568k 4k" $mnt/file1
xfs_io -f -c "pwrite -S 0x42 -b 64k 85891 548575" $mnt/file1
xfs_io -f -c "pwrite -S 0x41 -b 1000 3745 564813" -c "pwrite -S 0xcd -b 1m 337327 1193" -c "reflink $mnt/file1 472k 404k 359263" -c "truncate 215616" -c "pwrite -S 0xcd -b 4k 704k 48k" -c "pwrite -S 0x44 625003 24628" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 816k 4k" -c "sync_range -a 316k 356k" -c "fsync" -c "pwrite -S 0xcd -b 512 418050 324864" -c "pwrite -S 0x43 164k 684k" $mnt/file1
xfs_io -f -c "pread -q 150257 896082" -c "pwrite -S 0x41 -b 4k 673769 48343" -c "reflink $mnt/file0 236k 112k 516k" -c "truncate 146107" $mnt/file1
xfs_io -f -c "pwrite -S 0x44 414810 1769" -c "pwrite -S 0x44 52751 771285" -c "dedupe $mnt/file0 796k 192k 0" -c "pwrite -S 0x41 -b 64k 805767 182366" -c "falloc 392k 4k" -c "truncate 279869" $mnt/file0
xfs_io -f -c "fpunch 193916 202658" -c "truncate 218597" $mnt/file1
sync
xfs_io -f -c "falloc -k 227342 465288" -c "fiemap -v" $mnt/file0
xfs_io -f -c "fpunch 215834 59337" -c "fzero -k 46078 909432" -c "pwrite -S 0xcd 116k 24k" -c "pwrite -S 0x44 -b 64k 52k 124k" -c "dedupe $mnt/file1 120k 72k 28k" -c "pread -q 72k 924k" -c "pread -q 45689 59289" $mnt/file1
xfs_io -f -c "fpunch 209151 612686" $mnt/file1
xfs_io -f -c "truncate 9109" $mnt/file1
xfs_io -f -c "pwrite -S 0x43 -b 4k 884k 96k" -c "sync_range -a 432k 512k" -c "falloc -k 2638 628959" -c "pread -q 860552 2500" -c "fdatasync" -c "pwrite -S 0x44 183464 2456" -c "pwrite -S 0x44 -b 512 471726 200184" -c "falloc 357145 463116" $mnt/file1
