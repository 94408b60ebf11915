# extsim conformance workload, fsxgen.py seed 22 (files up to 1m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "pwrite -S 0xcd 1467 742513" -c "pwrite -S 0xcd 199368 14624" $mnt/file1
umount $mnt
mount $dev $mnt
xfs_io -f -c "falloc 682492 36639" -c "reflink $mnt/file0 0 544k 4k" -c "sync_range -a 416k 188k" $mnt/file1
xfs_io -f -c "truncate 909056" $mnt/file1
xfs_io -f -c "pwrite -S 0x42 452732 60880" -c "sync_range -w 4k 4k" $mnt/file1
xfs_io -f -c "pwrite -S 0x42 -b 1000 200550 38772" -c "reflink $mnt/file0" -c "fpunch 600k 20k" -c "pwrite -S 0x44 612937 358537" -c "fzero 370958 2121" -c "pwrite -S 0xcd -b 1m 64k 96k" $mnt/file1
xfs_io -f -c "pwrite -S 0x44 692k 4k" -c "pwrite -S 0x41 -b 4k 96k 632k" -c "fsync" $mnt/file1
xfs_io -f -c "falloc 1680 64225" -c "pwrite -S 0x41 60877 261115" -c "truncate 320k" -c "reflink $mnt/file1" $mnt/file0
xfs_io -f -c "fzero 805877 1765" $mnt/file1
xfs_io -f -c "fsync" -c "fpunch 884k 4k" -c "fiemap -v" -c "reflink $mnt/file0 820k 976k 48k" -c "sync_range -w 528k 268k" -c "falloc -k 1048318 98" -c "falloc -k 811043 21201" -c "falloc 320584 47450" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 845831 808" $mnt/file1
xfs_io -f -c "fpunch 575698 168936" -c "reflink $mnt/file0 656k 692k 32k" -c "pwrite -S 0x43 -b 12k 25035 118215" -c "pwrite -S 0x43 400k 140k" -c "pread -q 785913 3804" -c "truncate 444k" $mnt/file1
