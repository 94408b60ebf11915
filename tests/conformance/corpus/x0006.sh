# extsim conformance workload, fsxgen.py seed 6 (files up to 256k)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "truncate 142972" -c "pwrite -S 0x43 141113 1581" -c "reflink $mnt/file0 0 20k 4k" -c "fpunch 76332 375" -c "fiemap -v" -c "pwrite -S 0xcd 255172 4217" $mnt/file1
xfs_io -f -c "pread -q 979 1632" -c "pwrite -S 0x42 -b 64k 1607 126811" -c "dedupe $mnt/file0 48k 40k 0" -c "falloc -k 81083 98208" -c "falloc -k 60k 4k" -c "falloc -k 100k 4k" $mnt/file0
xfs_io -f -c "fzero -k 40k 32k" -c "pwrite -S 0x43 -b 12k 32k 48k" -c "sync_range -a 52k 156k" -c "truncate 250892" -c "falloc 122489 96070" -c "reflink $mnt/file1 136k 160k 64k" -c "pwrite -S 0xcd -b 512 1623 252879" $mnt/file0
xfs_io -f -c "falloc -k 154599 1579" -c "truncate 221308" -c "fsync" -c "fzero 92k 36k" -c "pread -q 164628 864" -c "pwrite -S 0x41 18087 1041" $mnt/file0
xfs_io -f -c "fzero -k 35932 57788" -c "fpunch 186772 2391" -c "falloc -k 40k 68k" -c "fzero 16731 2045" -c "reflink $mnt/file0 8k 88k 213116" -c "pwrite -S 0x44 -b 1000 40682 14947" -c "fzero 183711 1522" -c "pwrite -S 0x42 196k 12k" $mnt/file1
xfs_io -f -c "pread -q 211048 12331" -c "truncate 224k" -c "fsync" -c "fsync" -c "reflink $mnt/file0 164k 276k 48k" -c "pwrite -S 0x44 -b 512 70428 19471" $mnt/file0
xfs_io -f -c "reflink $mnt/file1 28k 276k 56k" -c "fdatasync" $mnt/file0
xfs_io -f -c "fzero -k 28k 56k" -c "pwrite -S 0x43 15931 170647" $mnt/file1
xfs_io -f -c "truncate 133663" -c "dedupe $mnt/file1 264k 20k 4k" -c "dedupe $mnt/file0 56k 4k 44k" -c "pwrite -S 0x41 -b 4k 84k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 124k 108k" -c "truncate 156791" -c "pwrite -S 0x41 46160 22" -c "pwrite -S 0x44 139144 28232" $mnt/file1
xfs_io -f -c "falloc 74916 154235" $mnt/file1
xfs_io -f -c "pwrite -S 0x42 -b 1000 56k 4k" -c "sync_range -a 24k 92k" -c "fiemap -v" -c "falloc -k 17491 34472" -c "fiemap -v" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 20k 168k 28k" -c "pwrite -S 0x44 -b 1000 128044 24122" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 48k 188k 44k" -c "pwrite -S 0x44 224k 4k" $mnt/file1
xfs_io -f -c "pwrite -S 0x42 26720 37215" -c "falloc -k 106016 1236" -c "fpunch 66854 69546" -c "pwrite -S 0x43 -b 64k 52050 57399" -c "truncate 143288" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 124k 140k 8k" -c "truncate 55011" -c "pwrite -S 0x43 44k 176k" -c "pwrite -S 0x43 717 2927" $mnt/file0
xfs_io -f -c "falloc -k 32211 3523" -c "reflink $mnt/file0 68k 112k 8k" -c "reflink $mnt/file1 160k 184k 56k" -c "pwrite -S 0x43 -b 64k 234917 9098" -c "reflink $mnt/file0" -c "pwrite -S 0x43 -b 512 20k 32k" -c "truncate 105774" -c "pwrite -S 0x42 -b 4k 64955 190533" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 1000 164k 4k" -c "pwrite -S 0x42 52k 4k" -c "pwrite -S 0x44 52k 104k" -c "reflink $mnt/file1 156k 232k 24k" -c "pwrite -S 0x43 116836 122076" -c "fiemap -v" -c "fiemap -v" $mnt/file0
