# extsim conformance workload, fsxgen.py seed 107 (files up to 16m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "truncate 9406928" -c "pwrite -S 0x42 -b 512 2508k 28k" -c "pwrite -S 0x42 -b 12k 4539465 1992" -c "pwrite -S 0x43 4890738 96977" -c "pwrite -S 0x44 7176k 24k" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 1m 612388 15027085" -c "dedupe $mnt/file0 4116k 220k 40k" -c "falloc 12386651 53247" -c "fpunch 13004k 2324k" -c "reflink $mnt/file0 4768k 2156k 20k" -c "fpunch 15144k 60k" $mnt/file0
xfs_io -f -c "falloc 2232803 58000" -c "pwrite -S 0x42 -b 1m 15201325 573" -c "reflink $mnt/file0 6968k 11800k 8504241" -c "falloc 9992k 4k" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 7872k 16600k 12k" -c "pwrite -S 0x43 -b 4k 14902804 1222705" -c "pwrite -S 0xcd -b 12k 13262522 958175" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 -b 1m 9200151 13236" $mnt/file0
xfs_io -f -c "fpunch 12646621 44045" -c "pwrite -S 0xcd -b 4k 5064k 644k" -c "falloc 13978849 2011484" -c "sync_range -a 10580k 28k" -c "truncate 1140k" -c "fsync" -c "pwrite -S 0x41 -b 64k 740549 3874" -c "pread -q 871860 1226" $mnt/file0
xfs_io -f -c "truncate 89056" -c "sync_range -b 48k 40k" -c "dedupe $mnt/file0 80k 116k 12k" -c "pwrite -S 0x44 -b 4k 20k 4k" -c "sync_range -a 36k 1720k" -c "reflink $mnt/file0 72k 100k 0" -c "reflink $mnt/file0 16k 124k 32k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 64k 7242998 2856" -c "truncate 911181" -c "pwrite -S 0x41 11224k 956k" -c "reflink $mnt/file0 9920k 10892k 16k" -c "fiemap -v" -c "sync_range -a 10052k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 64k 7269301 262195" $mnt/file0
xfs_io -f -c "falloc 3472k 4232k" -c "fsync" -c "pwrite -S 0x43 2585292 30361" -c "truncate 698605" -c "pwrite -S 0x44 228k 624k" -c "fzero 477367 10666607" $mnt/file0
