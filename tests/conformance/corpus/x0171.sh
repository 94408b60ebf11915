# extsim conformance workload, fsxgen.py seed 171 (files up to 16m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc 1427 18108" -c "pwrite -S 0xcd -b 64k 8331700 13875" -c "reflink $mnt/file0" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 1m 2136k 56k" -c "pwrite -S 0x41 1867936 1030465" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 4309769 9421711" -c "fpunch 9578256 63148" -c "falloc 7792k 4k" -c "pwrite -S 0x42 814191 890145" -c "fsync" $mnt/file0
xfs_io -f -c "fzero 893343 58053" $mnt/file0
xfs_io -f -c "falloc 2094097 561" -c "falloc -k 5879682 10194467" -c "pwrite -S 0xcd 6912k 36k" -c "fiemap -v" -c "pwrite -S 0x42 -b 1000 5401k 25926" -c "falloc -k 1191579 2370" -c "dedupe $mnt/file0 12976k 6532k 444056" -c "reflink $mnt/file0 12032k 9480k 8k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 12648k 524k 0" -c "pwrite -S 0x44 12082715 1933" -c "falloc 13296k 1188k" -c "fzero -k 6454199 9662955" -c "pwrite -S 0x42 8066017 2900" -c "pwrite -S 0x44 -b 1000 16145682 64640" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 5504k 4k" -c "pwrite -S 0x41 10144k 636k" -c "pwrite -S 0x42 -b 4k 12300k 472k" -c "reflink $mnt/file0" -c "fdatasync" -c "fpunch 480k 36k" -c "dedupe $mnt/file0 15320k 13792k 40k" -c "fsync" $mnt/file0
xfs_io -f -c "fzero 5828k 4k" -c "pwrite -S 0x42 5577970 174663" -c "fsync" -c "pwrite -S 0x42 13160k 4k" -c "pwrite -S 0x44 1962371 679452" -c "reflink $mnt/file0 5628k 3872k 48k" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 220k 7304k" -c "falloc 4024k 880k" -c "pwrite -S 0xcd -b 1000 1484k 380k" -c "pwrite -S 0x41 1197674 643550" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 -b 1m 11947103 188773" $mnt/file0
xfs_io -f -c "pread -q 7050375 670419" -c "pwrite -S 0xcd 15077648 14101" $mnt/file0
xfs_io -f -c "fpunch 8958743 6098788" -c "reflink $mnt/file0 9536k 4152k 20k" -c "pwrite -S 0x42 -b 4k 4732k 5744k" -c "pwrite -S 0xcd -b 64k 15824k 48k" $mnt/file0
xfs_io -f -c "fsync" -c "fsync" -c "pwrite -S 0x41 -b 512 12227849 2976" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 10448k 8980k 44k" -c "pwrite -S 0xcd -b 512 11930975 943425" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 10592447 546807" -c "pwrite -S 0x41 -b 4k 3872k 4k" -c "fdatasync" -c "dedupe $mnt/file0 6940k 4028k 20k" -c "falloc 15969853 837" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 3778150 687928" -c "dedupe $mnt/file0 9552k 3960k 0" -c "fiemap -v" -c "fdatasync" -c "reflink $mnt/file0 7832k 2436k 60k" -c "fpunch 13100k 636k" $mnt/file0
xfs_io -f -c "truncate 10836k" -c "pwrite -S 0x42 -b 12k 9880k 24k" -c "truncate 13344k" -c "pwrite -S 0x42 13136k 12k" -c "fsync" -c "pwrite -S 0x41 3052k 4k" -c "fpunch 12020738 900" -c "pread -q 856k 4k" $mnt/file0
xfs_io -f -c "fpunch 8790791 3343" -c "fsync" $mnt/file0
sync
xfs_io -f -c "reflink $mnt/file0 8888k 4744k 4456k" -c "pwrite -S 0xcd -b 512 11347744 757176" -c "sync_range -b 9340k 180k" -c "reflink $mnt/file0 7524k 3796k 0" -c "pwrite -S 0x42 -b 1m 9108134 3319" -c "truncate 9555995" $mnt/file0
