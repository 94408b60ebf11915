# extsim conformance workload, fsxgen.py seed 97 (files up to 16m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "truncate 2376980" $mnt/file0
xfs_io -f -c "pread -q 1728502 23106" -c "pwrite -S 0xcd 264k 12k" -c "fsync" -c "truncate 2731880" -c "fpunch 740k 4k" -c "sync_range -w 11924k 4k" $mnt/file0
xfs_io -f -c "fzero 1932k 4k" -c "fpunch 1504396 394" -c "fsync" $mnt/file0
xfs_io -f -c "fpunch 515326 591084" -c "falloc -k 8096247 43404" -c "sync_range -a 2372k 4k" -c "pwrite -S 0x42 85650 4920863" -c "fsync" -c "truncate 1048k" -c "fsync" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 -b 64k 1055608 1262" -c "pwrite -S 0x44 989322 9221" -c "truncate 5288k" -c "pwrite -S 0x41 2157349 32996" -c "fiemap -v" -c "fzero -k 2232k 284k" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 1m 4190045 33107" -c "pwrite -S 0xcd -b 1000 20023 6532859" -c "fzero -k 3279061 11576510" -c "falloc -k 7694506 57903" -c "pwrite -S 0x42 -b 1000 15342262 994597" -c "fpunch 10272k 4k" -c "fdatasync" $mnt/file0
xfs_io -f -c "fpunch 14952k 676k" -c "fzero 16527155 189103" -c "fpunch 461682 722223" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 7088629 426854" -c "truncate 11136k" -c "pwrite -S 0x43 4256k 4k" -c "truncate 7744k" -c "pwrite -S 0xcd 687084 4008670" -c "pwrite -S 0x44 13910465 2442" $mnt/file0
xfs_io -f -c "truncate 6001748" -c "fdatasync" -c "pwrite -S 0xcd 2284k 800k" -c "fpunch 1548498 668407" -c "pwrite -S 0x41 1108128 23868" -c "pwrite -S 0x43 -b 64k 5210175 3232" -c "reflink $mnt/file0" $mnt/file0
