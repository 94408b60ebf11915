# extsim conformance workload, fsxgen.py seed 124 (files up to 256k)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x41 3450 3882" -c "pwrite -S 0x43 -b 1m 1709 50825" -c "fsync" -c "truncate 84k" -c "dedupe $mnt/file0 48k 144k 8k" -c "fpunch 48k 20k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 44k 116k 40k" -c "pwrite -S 0xcd 139668 3850" -c "fzero -k 4k 60k" -c "pwrite -S 0xcd -b 12k 134808 61884" -c "truncate 159423" -c "pread -q 53814 55648" -c "reflink $mnt/file0 20k 8k 0" -c "pwrite -S 0x44 -b 12k 108857 22145" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 1000 19301 109857" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 64k 137195 31121" -c "sync_range -a 80k 4k" -c "pwrite -S 0xcd -b 512 164977 37680" -c "pwrite -S 0x44 -b 1m 158840 11935" -c "pwrite -S 0x44 176787 34941" -c "pwrite -S 0x41 -b 12k 112k 4k" -c "reflink $mnt/file0 96k 244k 60k" -c "fiemap -v" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 64k 123403 24467" -c "dedupe $mnt/file0 36k 308k 60k" -c "pwrite -S 0x43 121141 2534" $mnt/file0
xfs_io -f -c "truncate 244k" -c "truncate 8198" $mnt/file0
xfs_io -f -c "falloc -k 6221 229039" -c "fzero 4175 1789" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 1m 220k 4k" -c "reflink $mnt/file0 192k 144k 8k" -c "truncate 12856" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 12k 12125 2159" -c "fpunch 168144 2221" -c "fiemap -v" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 512 1844 227874" -c "pwrite -S 0x42 -b 4k 56k 116k" -c "fpunch 152999 40295" $mnt/file0
xfs_io -f -c "fpunch 57218 131092" -c "fpunch 121039 3646" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 168k 20k 0" -c "fiemap -v" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 12k 150874 49356" -c "falloc -k 30559 2459" -c "fzero 178161 56079" -c "pwrite -S 0x41 -b 1000 231669 7983" -c "falloc 231982 17433" $mnt/file0
