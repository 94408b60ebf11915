# extsim conformance workload, fsxgen.py seed 150 (files up to 16m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x41 2304 15722812" -c "pwrite -S 0x41 -b 1000 6291194 2463" -c "pwrite -S 0xcd -b 64k 3364k 1008k" -c "fiemap -v" -c "pwrite -S 0x44 -b 4k 10820117 1429635" -c "pwrite -S 0x41 3986842 2220" -c "sync_range -w 4804k 8k" $mnt/file0
xfs_io -f -c "fpunch 15628416 362248" -c "fpunch 3222303 35567" -c "reflink $mnt/file0 6164k 6596k 28k" -c "pwrite -S 0x41 5689457 247782" -c "falloc -k 8894625 3252" $mnt/file0
xfs_io -f -c "fpunch 8031912 35605" -c "reflink $mnt/file0 6008k 15092k 9572924" -c "pwrite -S 0x44 -b 512 470222 62532" -c "pwrite -S 0xcd 5404550 1910567" -c "reflink $mnt/file0 4304k 22900k 20619836" -c "pwrite -S 0x41 -b 12k 15375672 29260" -c "dedupe $mnt/file0 24612k 16724k 56k" -c "sync_range -a 2988k 5248k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 31408k 36544k 4k" -c "reflink $mnt/file0 10000k 31616k 60k" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 1898898 431883" -c "pwrite -S 0x44 -b 12k 15554545 59362" -c "pwrite -S 0xcd 3251617 599320" -c "truncate 34027060" $mnt/file0
xfs_io -f -c "fpunch 15166824 1023770" -c "truncate 8302756" -c "fiemap -v" -c "dedupe $mnt/file0 2540k 5688k 12k" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 12k 408k 4k" -c "falloc -k 1275817 47966" -c "reflink $mnt/file0 3348k 4448k 56k" -c "fpunch 1532k 12684k" -c "fsync" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 7196k 3124k 4k" -c "dedupe $mnt/file0 3036k 376k 24k" -c "fpunch 3865302 4506805" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 5700k 6208k 2465956" -c "truncate 15261668" -c "fpunch 2805297 58130" -c "fpunch 2676k 4k" -c "reflink $mnt/file0 2232k 3904k 12976100" -c "fiemap -v" $mnt/file0
xfs_io -f -c "truncate 12563449" -c "pwrite -S 0x42 -b 512 3459000 1854384" -c "pread -q 12315413 63702" -c "reflink $mnt/file0 576k 6936k 4k" -c "truncate 7076423" -c "pwrite -S 0x44 -b 64k 6842177 9870800" -c "fsync" $mnt/file0
