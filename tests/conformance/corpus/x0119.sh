# extsim conformance workload, fsxgen.py seed 119 (files up to 1m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "pread -q 3859 3322" -c "dedupe $mnt/file1 0 4k 4k" -c "fzero -k 1008k 4k" $mnt/file0
xfs_io -f -c "fzero -k 386982 53" -c "pwrite -S 0x42 -b 4k 2683 361892" -c "sync_range -w 120k 648k" -c "falloc -k 8k 892k" -c "pwrite -S 0x43 236k 760k" -c "truncate 172k" -c "fsync" $mnt/file1
xfs_io -f -c "fdatasync" -c "falloc 44k 4k" $mnt/file1
xfs_io -f -c "dedupe $mnt/file0 0 24k 4k" -c "pwrite -S 0xcd -b 4k 0 12k" -c "reflink $mnt/file0 12k 4k 4k" -c "dedupe $mnt/file0 0 60k 4k" -c "fiemap -v" -c "reflink $mnt/file1 28k 44k 0" -c "pread -q 728k 4k" $mnt/file0
xfs_io -f -c "fzero 162538 459" -c "pwrite -S 0x44 84281 353021" -c "fsync" -c "truncate 712k" $mnt/file0
xfs_io -f -c "fpunch 149376 543210" $mnt/file1
xfs_io -f -c "falloc 568k 292k" -c "falloc -k 798134 103306" -c "falloc -k 127545 30286" -c "falloc -k 552k 4k" -c "fiemap -v" -c "dedupe $mnt/file0 0 216k 40k" -c "pwrite -S 0x41 584k 396k" $mnt/file0
xfs_io -f -c "truncate 72k" -c "pwrite -S 0x42 -b 1m 24k 4k" -c "pwrite -S 0x41 -b 4k 57882 71820" -c "fsync" -c "falloc -k 87680 18674" -c "falloc -k 34085 94538" -c "pwrite -S 0x44 28k 104k" $mnt/file1
xfs_io -f -c "fpunch 1027896 10999" -c "pwrite -S 0x43 906868 31262" $mnt/file0
btrfs subvolume snapshot $mnt $mnt/snap1
xfs_io -f -c "truncate 43246" -c "reflink $mnt/file0 40k 100k 8k" $mnt/file0
xfs_io -f -c "fsync" -c "reflink $mnt/file1 80k 112k 12k" -c "pwrite -S 0x42 900k 36k" -c "truncate 566393" -c "fsync" $mnt/file1
