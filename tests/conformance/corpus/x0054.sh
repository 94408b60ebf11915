# extsim conformance workload, fsxgen.py seed 54 (files up to 16m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "fpunch 0 4k" -c "fzero 745 615034" -c "truncate 3246628" -c "pread -q 1243799 11361627" $mnt/file0
umount $mnt
mount $dev $mnt
sync
xfs_io -f -c "pread -q 872548 6383224" -c "fdatasync" -c "pwrite -S 0x43 2649676 3974" -c "falloc 1492k 4k" -c "fzero 3136k 164k" -c "reflink $mnt/file0 1896k 652k 64k" -c "sync_range -b 1120k 4k" $mnt/file0
xfs_io -f -c "fpunch 1984k 14184k" -c "fdatasync" -c "pwrite -S 0x42 -b 4k 1888k 268k" -c "sync_range -a 1200k 216k" -c "pwrite -S 0x42 639117 32156" -c "pwrite -S 0x43 -b 12k 1300k 440k" -c "fdatasync" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 512 1936563 5716347" $mnt/file0
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "fpunch 1828k 10968k" -c "fdatasync" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 -b 64k 237 2495501" -c "pwrite -S 0x41 951428 6105992" -c "pwrite -S 0x43 3801134 10692239" -c "fsync" -c "pwrite -S 0x43 -b 4k 12468k 56k" -c "fzero -k 6431k 44298" $mnt/file1
xfs_io -f -c "pwrite -S 0x42 551879 7104760" -c "pwrite -S 0x43 -b 512 744k 11672k" -c "falloc -k 10762119 2513779" -c "pread -q 2728319 2717791" -c "truncate 2224k" -c "pwrite -S 0x42 -b 64k 376k 11060k" -c "pwrite -S 0xcd 5949165 443" $mnt/file1
xfs_io -f -c "truncate 6984876" -c "truncate 3592k" $mnt/file1
