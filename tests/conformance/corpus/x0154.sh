# extsim conformance workload, fsxgen.py seed 154 (files up to 16m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume snapshot $mnt $mnt/snap1
xfs_io -f -c "reflink $mnt/file0 0 4k 4k" -c "fzero -k 4837 4298" -c "truncate 4k" -c "sync_range -b 0 4k" -c "truncate 3257980" -c "pwrite -S 0x42 -b 1m 1276966 141" -c "pwrite -S 0x42 1660k 16k" $mnt/file0
xfs_io -f -c "fzero -k 308k 14260k" -c "pwrite -S 0xcd -b 1000 2464k 516k" -c "sync_range -a 532k 4k" -c "fsync" -c "falloc -k 112949 52697" -c "truncate 387679" -c "fzero -k 14213152 2107182" $mnt/file0
sync
xfs_io -f -c "pwrite -S 0x42 4989836 619" -c "falloc 9657935 1066" -c "fsync" -c "pread -q 9098157 2428" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 4299920 1003" -c "fpunch 8960k 3244k" $mnt/file0
xfs_io -f -c "falloc 1033847 470497" -c "pwrite -S 0x42 6506811 39477" -c "pwrite -S 0x41 -b 1m 4936k 10368k" -c "pwrite -S 0xcd 8720k 12k" -c "pwrite -S 0x41 221275 2478" $mnt/file0
xfs_io -f -c "fiemap -v" $mnt/file0
xfs_io -f -c "pread -q 11018845 1061" -c "fiemap -v" -c "pwrite -S 0x42 -b 64k 5458782 10108631" -c "pwrite -S 0x43 1848k 4k" -c "reflink $mnt/file0 3840k 13260k 24k" -c "falloc 1676k 6796k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 4k 2276507 8846892" $mnt/file0
sync
xfs_io -f -c "pwrite -S 0x42 -b 64k 9262870 3024" -c "fpunch 6014516 1460021" -c "fpunch 14494183 15067" -c "reflink $mnt/file0" -c "fzero -k 12567745 4116127" -c "pwrite -S 0x42 12736k 284k" -c "fsync" -c "reflink $mnt/file0 8388k 5736k 32k" $mnt/file0
