# extsim conformance workload, fsxgen.py seed 7 (files up to 1m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "sync_range -w 0 428k" $mnt/file1
xfs_io -f -c "fdatasync" $mnt/file1
xfs_io -f -c "fdatasync" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 3433 15440" -c "dedupe $mnt/file0 0 72k 8k" -c "fsync" -c "pwrite -S 0x44 -b 64k 16266 814984" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 80k 588k 64k" -c "fpunch 240k 168k" -c "falloc -k 40k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 994256 498" -c "reflink $mnt/file1 392k 708k 0" -c "fzero 1035349 1788" -c "pwrite -S 0x43 -b 64k 1041250 1363" -c "pwrite -S 0x44 583891 188100" -c "pwrite -S 0x42 -b 64k 472k 4k" -c "pread -q 756k 64k" -c "dedupe $mnt/file0 464k 1144k 52k" $mnt/file1
xfs_io -f -c "pwrite -S 0x41 332k 4k" $mnt/file1
sync
xfs_io -f -c "pwrite -S 0x44 311532 364265" $mnt/file1
xfs_io -f -c "fzero -k 214302 776315" -c "dedupe $mnt/file0 528k 44k 290578" -c "fsync" -c "pwrite -S 0x43 -b 1000 190862 543579" -c "pwrite -S 0x44 691357 25579" -c "pwrite -S 0xcd -b 1000 56k 4k" -c "falloc -k 732995 42226" -c "pwrite -S 0x43 1012197 3928" $mnt/file1
xfs_io -f -c "falloc 501253 56876" -c "falloc 808k 100k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 476k 60k" -c "pwrite -S 0x42 -b 1000 14934 1141" -c "pwrite -S 0x42 244k 264k" $mnt/file0
umount $mnt
mount $dev $mnt
xfs_io -f -c "fsync" -c "pwrite -S 0x42 923008 516" -c "pwrite -S 0xcd 244k 4k" $mnt/file1
xfs_io -f -c "pread -q 100k 572k" $mnt/file0
sync
xfs_io -f -c "fpunch 519371 212430" -c "fpunch 452k 72k" -c "reflink $mnt/file0 216k 684k 16k" -c "pwrite -S 0x44 383971 33176" -c "pwrite -S 0x42 927919 21338" $mnt/file0
xfs_io -f -c "falloc -k 193344 20430" -c "fpunch 695201 268573" -c "pwrite -S 0x42 -b 512 468k 4k" -c "truncate 885531" -c "reflink $mnt/file1 548k 524k 324379" -c "pwrite -S 0x43 75931 17650" -c "pwrite -S 0x44 -b 64k 277296 3718" $mnt/file1
