# extsim conformance workload, fsxgen.py seed 28 (files up to 1m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "pwrite -S 0x41 -b 1000 0 24k" -c "pwrite -S 0x44 264k 32k" -c "pwrite -S 0x43 580k 40k" -c "pwrite -S 0x43 -b 12k 423869 72585" $mnt/file1
xfs_io -f -c "sync_range -a 176k 20k" -c "fiemap -v" -c "pwrite -S 0x43 -b 4k 32562 25910" -c "reflink $mnt/file1 152k 508k 60k" -c "pwrite -S 0x41 -b 512 308657 242562" -c "fpunch 448k 4k" -c "reflink $mnt/file1 368k 84k 28k" $mnt/file1
xfs_io -f -c "sync_range -w 0 4k" -c "pwrite -S 0x44 -b 1m 945916 66315" -c "fpunch 144169 252940" -c "fsync" -c "falloc 786062 2730" $mnt/file0
xfs_io -f -c "falloc -k 286004 3280" -c "pwrite -S 0x44 204k 4k" -c "pwrite -S 0x44 -b 4k 124k 36k" -c "falloc 32k 704k" -c "pwrite -S 0x42 -b 64k 236k 4k" $mnt/file1
xfs_io -f -c "fpunch 541456 29027" -c "falloc 396k 4k" -c "sync_range -b 320k 280k" -c "falloc 667462 2688" -c "pwrite -S 0x44 -b 64k 173713 561282" -c "pwrite -S 0x43 -b 4k 73537 555769" -c "reflink $mnt/file1 276k 120k 460k" -c "pwrite -S 0x42 336k 56k" $mnt/file1
xfs_io -f -c "sync_range -b 968k 48k" -c "fiemap -v" $mnt/file1
xfs_io -f -c "fpunch 628k 32k" -c "pread -q 62929 627835" $mnt/file0
xfs_io -f -c "fzero 816429 84726" -c "fdatasync" -c "fiemap -v" -c "pread -q 604k 212k" $mnt/file0
