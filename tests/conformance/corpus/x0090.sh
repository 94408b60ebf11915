# extsim conformance workload, fsxgen.py seed 90 (files up to 256k)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "pread -q 1178 3124" -c "falloc -k 1479 631" -c "sync_range -b 0 4k" -c "fpunch 0 4k" -c "fsync" $mnt/file0
xfs_io -f -c "truncate 176972" -c "pwrite -S 0x41 83738 130962" -c "fzero -k 108k 32k" -c "pwrite -S 0x42 30284 16839" -c "fsync" -c "truncate 107444" -c "reflink $mnt/file0 48k 28k 40k" -c "reflink $mnt/file0 72k 124k 33716" $mnt/file0
btrfs subvolume snapshot $mnt $mnt/snap1
xfs_io -f -c "truncate 4k" -c "fsync" -c "fpunch 0 8k" -c "pwrite -S 0x42 -b 12k 88169 104766" -c "fzero 239094 7511" -c "pwrite -S 0xcd -b 64k 60k 124k" -c "pwrite -S 0x42 67784 33774" $mnt/file0
xfs_io -f -c "falloc -k 132k 4k" -c "sync_range -b 184k 4k" -c "sync_range -a 224k 8k" -c "truncate 113440" -c "falloc -k 0 4k" -c "falloc -k 32289 3504" -c "fzero 43749 125153" $mnt/file0
xfs_io -f -c "truncate 30817" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 0 44k 36k" -c "fsync" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 32k 52k 28k" -c "fiemap -v" -c "pwrite -S 0x41 18541 13818" -c "pwrite -S 0x41 74873 2555" -c "truncate 119050" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 554 3121" $mnt/file0
btrfs subvolume snapshot $mnt $mnt/snap2
xfs_io -f -c "pwrite -S 0x42 224k 24k" $mnt/file0
xfs_io -f -c "pread -q 78480 18010" -c "fiemap -v" -c "falloc -k 16k 136k" -c "pwrite -S 0xcd 129928 3366" -c "falloc 161655 46821" $mnt/file0
