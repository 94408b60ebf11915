# extsim conformance workload, fsxgen.py seed 163 (files up to 16m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc 4624k 4k" -c "falloc -k 2412k 8852k" -c "sync_range -b 1288k 292k" -c "pwrite -S 0x41 -b 64k 3624k 500k" $mnt/file0
xfs_io -f -c "fiemap -v" -c "fsync" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 180k 6428k" -c "fsync" -c "falloc 2969410 45298" -c "reflink $mnt/file0 6108k 2116k 8k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 6260k 4k" -c "pwrite -S 0x44 -b 1m 7914397 1221" -c "pwrite -S 0xcd 6313629 3343071" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 3175176 650" -c "fpunch 4496k 4k" -c "dedupe $mnt/file0 2092k 4000k 20k" -c "falloc 5978024 7037240" -c "pwrite -S 0x42 7404k 400k" -c "truncate 2692k" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 -b 1m 40k 13288k" -c "pwrite -S 0x41 -b 512 7312k 824k" -c "pwrite -S 0x43 -b 512 8344k 544k" -c "pwrite -S 0x43 -b 12k 6655359 2215" $mnt/file0
xfs_io -f -c "sync_range -a 11932k 52k" -c "pwrite -S 0xcd -b 12k 13958806 2313568" -c "falloc -k 6998587 5448287" -c "pwrite -S 0x44 -b 512 8504033 996082" -c "pwrite -S 0x44 -b 1000 12040k 12k" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 12k 13588k 204k" -c "reflink $mnt/file0 6832k 13144k 8k" $mnt/file0
xfs_io -f -c "fsync" -c "truncate 3584k" -c "fpunch 2932k 252k" -c "truncate 4840k" -c "reflink $mnt/file0" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 512 1276k 56k" -c "pwrite -S 0x44 51483 20248" -c "pwrite -S 0xcd -b 4k 11523457 2208656" $mnt/file0
xfs_io -f -c "fpunch 5080k 4k" -c "pwrite -S 0x42 -b 64k 11291825 344058" -c "fzero -k 9454812 2283134" -c "fzero 1418565 3308" -c "fsync" $mnt/file0
xfs_io -f -c "fdatasync" -c "fdatasync" -c "fsync" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 12k 2410472 2951" -c "fpunch 2164k 7824k" -c "fiemap -v" -c "reflink $mnt/file0 600k 860k 20k" -c "truncate 12256k" -c "fsync" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 -b 512 1856k 4k" -c "fiemap -v" -c "dedupe $mnt/file0 8424k 11048k 44k" $mnt/file0
xfs_io -f -c "truncate 14780323" -c "pwrite -S 0x42 -b 1m 12793117 1651995" $mnt/file0
xfs_io -f -c "fiemap -v" $mnt/file0
xfs_io -f -c "fiemap -v" -c "pwrite -S 0x42 -b 4k 9628k 44k" -c "pwrite -S 0xcd -b 512 13016047 93964" -c "pwrite -S 0x43 -b 1m 13956529 1417236" -c "reflink $mnt/file0 4352k 348k 28k" -c "pwrite -S 0x41 -b 1m 500k 2812k" -c "pwrite -S 0x41 867846 39805" $mnt/file0
