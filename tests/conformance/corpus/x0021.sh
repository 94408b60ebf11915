# extsim conformance workload, fsxgen.py seed 21 (files up to 16m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "sync_range -a 0 4k" -c "fdatasync" -c "fpunch 0 4k" -c "fpunch 3332 571601" -c "falloc 3018 1269" -c "pwrite -S 0x42 -b 1000 14848k 40k" -c "reflink $mnt/file0 13436k 3848k 0" -c "pwrite -S 0x44 2324k 4k" $mnt/file0
xfs_io -f -c "truncate 7571920" -c "truncate 12664k" -c "pwrite -S 0xcd -b 64k 8124k 4k" -c "pwrite -S 0x43 10445875 1481" -c "falloc -k 5020k 12k" -c "pwrite -S 0xcd -b 1000 11464740 1979" -c "pwrite -S 0x44 -b 512 6300853 32227" $mnt/file0
xfs_io -f -c "truncate 4328129" $mnt/file0
sync
xfs_io -f -c "reflink $mnt/file0 3920k 404k 314049" -c "pwrite -S 0x43 -b 12k 1290516 893560" -c "pwrite -S 0x41 -b 1m 85845 11497405" -c "pread -q 9803601 2157523" -c "dedupe $mnt/file0 2268k 2184k 0" -c "falloc 7320k 8k" $mnt/file0
xfs_io -f -c "fsync" -c "truncate 3684409" -c "pwrite -S 0x41 2908k 4k" -c "falloc -k 3128k 28k" -c "dedupe $mnt/file0 3052k 168k 20k" $mnt/file0
xfs_io -f -c "fdatasync" -c "pwrite -S 0xcd -b 64k 2494621 650447" -c "fsync" -c "pwrite -S 0x41 -b 12k 6596k 132k" -c "pwrite -S 0x41 6775257 8473221" -c "dedupe $mnt/file0 7712k 8476k 7351390" -c "pwrite -S 0x44 4044k 828k" -c "pread -q 3732k 4k" $mnt/file0
xfs_io -f -c "fiemap -v" -c "pwrite -S 0x44 -b 12k 12725949 514445" -c "truncate 208k" -c "pwrite -S 0xcd -b 4k 36k 4k" -c "falloc -k 28368 56791" -c "falloc 48k 164k" $mnt/file0
