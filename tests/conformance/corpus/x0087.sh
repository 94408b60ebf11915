# extsim conformance workload, fsxgen.py seed 87 (files up to 1m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "falloc 0 524k" -c "dedupe $mnt/file0 0 256k 4k" $mnt/file1
xfs_io -f -c "truncate 920k" -c "falloc 1006716 2336" -c "pwrite -S 0x41 -b 512 700k 4k" -c "fsync" -c "pwrite -S 0x43 643717 104533" -c "pwrite -S 0x42 -b 12k 901505 50096" -c "fdatasync" $mnt/file1
xfs_io -f -c "reflink $mnt/file1 112k 84k 48k" -c "fsync" -c "fpunch 536509 43089" -c "pwrite -S 0xcd -b 64k 969565 18826" $mnt/file1
touch $mnt/file2
btrfs subvolume snapshot $mnt $mnt/snap1
xfs_io -f -c "fsync" -c "falloc 346646 1531" -c "reflink $mnt/file1 424k 400k 40k" -c "reflink $mnt/file1 156k 588k 36k" $mnt/file1
xfs_io -f -c "reflink $mnt/file0 0 948k 0" -c "fdatasync" -c "falloc -k 284k 4k" -c "fzero -k 120k 28k" -c "pwrite -S 0xcd -b 1000 940k 4k" $mnt/file1
xfs_io -f -c "fpunch 1792 720101" $mnt/file2
xfs_io -f -c "fsync" -c "pwrite -S 0x41 -b 1000 78206 49792" -c "fpunch 4k 60k" -c "pwrite -S 0x44 72142 1811" -c "pwrite -S 0x44 48k 8k" $mnt/file2
xfs_io -f -c "fsync" -c "fzero 747861 54453" -c "falloc 704k 4k" -c "sync_range -b 276k 108k" -c "fsync" -c "pwrite -S 0x42 -b 4k 172k 4k" -c "reflink $mnt/file0 0 200k 4k" $mnt/file2
xfs_io -f -c "pwrite -S 0x44 -b 12k 736k 240k" -c "pwrite -S 0xcd -b 4k 817928 81319" -c "truncate 320k" -c "pwrite -S 0x44 76k 556k" -c "fsync" -c "pwrite -S 0x44 -b 512 546806 48611" -c "fpunch 862101 4080" -c "pwrite -S 0x44 230377 230474" $mnt/file1
