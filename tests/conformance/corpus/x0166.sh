# extsim conformance workload, fsxgen.py seed 166 (files up to 16m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
touch $mnt/file1
xfs_io -f -c "pwrite -S 0x43 3165 14" -c "fdatasync" -c "reflink $mnt/file0 4k 20k 4k" $mnt/file0
xfs_io -f -c "pread -q 1321 52109" $mnt/file1
xfs_io -f -c "pwrite -S 0xcd -b 12k 0 14628k" -c "falloc -k 7167186 37834" -c "falloc -k 14440k 816k" -c "pwrite -S 0x42 3343089 78592" -c "fpunch 12030930 9564" -c "fpunch 7308k 4k" -c "pwrite -S 0x41 1736k 3348k" -c "fsync" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 3146 5818" -c "pread -q 4k 624k" -c "falloc -k 3987 4328747" -c "truncate 5811" -c "fzero 0 4k" -c "falloc 15191302 290218" $mnt/file1
xfs_io -f -c "truncate 2572k" -c "fiemap -v" -c "reflink $mnt/file0 2388k 1372k 20k" -c "pwrite -S 0x44 -b 4k 4940k 4k" $mnt/file0
xfs_io -f -c "fpunch 1612k 4k" -c "fdatasync" -c "pwrite -S 0x42 3306270 134823" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 4k 3028k 12064k" -c "pwrite -S 0x44 10539477 64787" -c "reflink $mnt/file1 4568k 2624k 64k" -c "pwrite -S 0x42 8784k 6904k" -c "falloc 9740k 4k" -c "falloc -k 6383972 46168" -c "fiemap -v" $mnt/file0
xfs_io -f -c "fzero -k 4851176 8793748" -c "pwrite -S 0x43 -b 4k 4320k 984k" -c "pwrite -S 0xcd 7904k 4k" -c "sync_range -a 10772k 4k" -c "reflink $mnt/file0" -c "pwrite -S 0x44 -b 4k 14482378 77493" -c "pwrite -S 0x41 3428k 4k" -c "pwrite -S 0x44 10949789 1338565" $mnt/file1
