# extsim conformance workload, fsxgen.py seed 200 (files up to 1m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "dedupe $mnt/file1 0 0 4k" $mnt/file1
xfs_io -f -c "dedupe $mnt/file1 0 12k 4k" -c "fzero -k 0 60k" -c "pwrite -S 0x42 224k 40k" -c "fsync" -c "reflink $mnt/file0 20k 296k 48k" $mnt/file0
xfs_io -f -c "truncate 216k" -c "truncate 736k" -c "pread -q 540258 1150" -c "fsync" -c "pwrite -S 0x41 -b 4k 20k 324k" $mnt/file1
xfs_io -f -c "pwrite -S 0x42 -b 12k 692k 108k" -c "pwrite -S 0x41 -b 512 140k 748k" -c "pwrite -S 0x44 -b 1000 630172 2084" -c "pwrite -S 0xcd -b 12k 195864 3400" -c "sync_range -w 216k 4k" $mnt/file1
xfs_io -f -c "pwrite -S 0x41 -b 12k 44904 13302" -c "pwrite -S 0x42 -b 1m 510395 54054" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 36k 4k" -c "fpunch 738946 486" -c "pread -q 692k 4k" -c "pwrite -S 0x42 -b 512 36k 60k" -c "fpunch 540k 72k" -c "fdatasync" -c "dedupe $mnt/file1 548k 884k 52k" $mnt/file1
xfs_io -f -c "fpunch 491383 58841" -c "fzero -k 172k 428k" -c "pwrite -S 0xcd 597738 82829" -c "fdatasync" -c "pwrite -S 0x41 -b 1m 280k 548k" -c "falloc -k 576756 145480" $mnt/file1
xfs_io -f -c "fzero 383723 654410" -c "pwrite -S 0x44 501369 346449" -c "fzero -k 369979 56140" -c "sync_range -w 140k 4k" $mnt/file0
