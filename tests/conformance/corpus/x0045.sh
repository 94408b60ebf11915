# extsim conformance workload, fsxgen.py seed 45 (files up to 16m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "pwrite -S 0x42 -b 1m 10192k 4k" -c "pwrite -S 0x41 -b 512 7187151 3344" -c "pwrite -S 0x43 -b 4k 5240k 4k" -c "falloc 8532305 4037" -c "pwrite -S 0x44 283518 65532" -c "truncate 6461925" -c "pwrite -S 0xcd 4698817 1037746" -c "pwrite -S 0x41 -b 1000 5287195 667408" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 4k 11868k 928k" -c "pread -q 11127732 64722" -c "pwrite -S 0x41 -b 1000 4300k 1556k" -c "pwrite -S 0x44 6424k 8k" -c "falloc -k 12860675 3710315" -c "dedupe $mnt/file0 1180k 5260k 56k" -c "falloc 6572847 3381" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 4k 1847 404" $mnt/file1
xfs_io -f -c "fsync" -c "dedupe $mnt/file1 4k 4k 4k" -c "fzero 356 4128654" -c "pwrite -S 0x41 -b 1000 8712k 4k" -c "fpunch 1092k 9960k" -c "fdatasync" -c "pwrite -S 0x42 2270317 10793" -c "reflink $mnt/file1 2388k 5568k 36k" $mnt/file1
sync
xfs_io -f -c "pwrite -S 0x43 5538275 10524734" -c "truncate 197264" -c "falloc 60k 4k" -c "fpunch 15628904 663" -c "fdatasync" -c "sync_range -w 11396k 40k" -c "fpunch 16128k 52k" -c "pwrite -S 0xcd -b 1000 768202 80051" $mnt/file0
xfs_io -f -c "falloc 4812k 20k" -c "pwrite -S 0x43 8452k 40k" -c "fpunch 3496k 6m" -c "truncate 1664k" -c "fpunch 1309108 11702639" -c "fpunch 1601591 2410026" -c "fzero -k 184k 544k" -c "pwrite -S 0x41 6111656 40571" $mnt/file1
xfs_io -f -c "pread -q 196231 748960" -c "fzero 197074 7691400" -c "fsync" -c "pwrite -S 0x43 3905294 733680" -c "pwrite -S 0x42 -b 1m 7612k 448k" -c "pwrite -S 0x43 8848k 5512k" -c "truncate 9148k" $mnt/file0
