# extsim conformance workload, fsxgen.py seed 15 (files up to 256k)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "dedupe $mnt/file0 0 28k 0" $mnt/file0
xfs_io -f -c "falloc -k 0 204k" -c "truncate 212k" -c "fpunch 120876 115161" -c "fdatasync" -c "truncate 228k" $mnt/file1
xfs_io -f -c "pwrite -S 0x41 -b 512 0 132k" -c "falloc -k 72k 128k" -c "fsync" -c "sync_range -w 60k 76k" -c "reflink $mnt/file1 120k 84k 12k" -c "truncate 30251" -c "falloc -k 44k 16k" -c "pwrite -S 0x41 16381 228719" $mnt/file0
xfs_io -f -c "fdatasync" -c "fzero 112k 20k" $mnt/file1
btrfs subvolume snapshot $mnt $mnt/snap1
xfs_io -f -c "fiemap -v" -c "fpunch 220k 4k" -c "reflink $mnt/file1 132k 0 0" -c "pread -q 80k 40k" -c "fzero 176k 40k" $mnt/file0
xfs_io -f -c "falloc -k 175972 2582" -c "reflink $mnt/file1 28k 200k 200k" -c "pwrite -S 0xcd -b 1000 83779 42231" -c "reflink $mnt/file0 368k 236k 24k" -c "fiemap -v" -c "fdatasync" -c "reflink $mnt/file1" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 108k 4k" -c "reflink $mnt/file0 368k 224k 16k" -c "reflink $mnt/file0 112k 212k 24k" -c "fdatasync" -c "pwrite -S 0x44 124074 122616" -c "pwrite -S 0x42 -b 1m 124k 4k" $mnt/file1
touch $mnt/file2
xfs_io -f -c "pwrite -S 0x44 132k 56k" -c "dedupe $mnt/file2 0 84k 4k" -c "fzero 116k 4k" -c "pwrite -S 0x43 172662 3269" -c "fpunch 136k 12k" -c "truncate 112k" -c "fdatasync" -c "pread -q 86512 19578" $mnt/file1
