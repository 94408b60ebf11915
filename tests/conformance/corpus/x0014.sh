# extsim conformance workload, fsxgen.py seed 14 (files up to 1m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
btrfs subvolume snapshot $mnt $mnt/snap1
xfs_io -f -c "pwrite -S 0xcd -b 1m 644k 132k" -c "pwrite -S 0x41 280k 4k" -c "fiemap -v" -c "falloc 388k 596k" -c "fpunch 671993 2984" -c "pwrite -S 0x44 -b 1000 510266 35499" -c "truncate 208k" $mnt/file1
xfs_io -f -c "pwrite -S 0x42 -b 1m 28k 4k" -c "fsync" -c "falloc 114568 624372" -c "pread -q 645258 34839" -c "fdatasync" $mnt/file1
xfs_io -f -c "pwrite -S 0x43 443663 2847" -c "fzero 192k 4k" -c "pwrite -S 0x43 327626 3" -c "sync_range -w 732k 56k" -c "pwrite -S 0x43 -b 64k 262443 191263" -c "truncate 752k" -c "fiemap -v" -c "pwrite -S 0xcd -b 12k 768543 201385" $mnt/file1
xfs_io -f -c "reflink $mnt/file0 0 480k 4k" -c "pwrite -S 0xcd -b 1000 144k 32k" -c "falloc -k 720k 276k" -c "pwrite -S 0x43 -b 1000 847812 19210" -c "fiemap -v" -c "reflink $mnt/file0 0 272k 4k" -c "falloc -k 660k 4k" -c "pwrite -S 0x43 358324 1" $mnt/file1
btrfs subvolume snapshot $mnt $mnt/snap2
xfs_io -f -c "fpunch 41788 85210" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 0 0 4k" -c "falloc -k 2731 2068" -c "fdatasync" -c "dedupe $mnt/file1 220k 56k 0" -c "reflink $mnt/file0 0 48k 4k" $mnt/file0
