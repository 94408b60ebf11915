# extsim conformance workload, fsxgen.py seed 68 (files up to 16m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/file0 0 20k 4k" -c "fzero 0 24k" -c "pwrite -S 0xcd -b 1m 17558 8788955" -c "pwrite -S 0x44 -b 12k 5804677 16216" -c "fiemap -v" $mnt/file0
xfs_io -f -c "fpunch 4172k 2900k" -c "reflink $mnt/file0" -c "fpunch 3936k 4k" -c "falloc -k 4362236 63288" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 448k 8592k 60k" -c "fdatasync" -c "pread -q 11723700 2519987" -c "reflink $mnt/file0 1140k 4564k 24k" -c "falloc 7580k 5392k" -c "pwrite -S 0x43 -b 12k 5399648 1361" -c "dedupe $mnt/file0 10012k 6856k 48k" $mnt/file0
xfs_io -f -c "fzero 4196k 568k" -c "pwrite -S 0x43 8124k 28k" -c "truncate 12695302" -c "pwrite -S 0x41 1832k 680k" -c "pwrite -S 0x41 -b 12k 10360385 899962" $mnt/file0
xfs_io -f -c "fzero -k 6108k 976k" -c "fpunch 9890755 213" -c "falloc 6972k 480k" -c "pwrite -S 0x42 -b 1m 6383744 1879" -c "fsync" -c "pwrite -S 0x41 5812k 4k" $mnt/file0
xfs_io -f -c "fzero -k 3432056 664671" -c "pwrite -S 0x42 9764k 44k" -c "reflink $mnt/file0 3728k 1292k 0" -c "pwrite -S 0x42 12182999 3592" $mnt/file0
xfs_io -f -c "pread -q 14127147 3301" -c "reflink $mnt/file0 2636k 1256k 9996038" -c "truncate 8100444" -c "pwrite -S 0x41 -b 64k 5104k 8k" -c "fsync" $mnt/file0
xfs_io -f -c "truncate 3836k" -c "fpunch 3948198 372176" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 2548k 3628k 1288k" -c "pwrite -S 0xcd 4556k 7688k" -c "reflink $mnt/file0" $mnt/file0
xfs_io -f -c "fzero -k 3056k 10036k" -c "pwrite -S 0x41 -b 4k 8146923 61576" $mnt/file0
xfs_io -f -c "fpunch 2396k 4k" -c "sync_range -w 6208k 4k" -c "falloc 15276k 24k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 14884k 16k" -c "fiemap -v" -c "fiemap -v" -c "truncate 14212k" -c "pwrite -S 0xcd -b 512 14539164 1971458" -c "falloc -k 4328k 4k" -c "sync_range -w 14080k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 -b 12k 3436k 4k" -c "dedupe $mnt/file0 16032k 1424k 36k" -c "pwrite -S 0x44 1604k 4k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 1140k 3356k 36k" -c "pwrite -S 0x44 -b 4k 7714052 507" -c "pwrite -S 0x41 -b 4k 4984k 1772k" -c "truncate 3613045" -c "fsync" -c "fpunch 3538437 2880130" $mnt/file0
sync
xfs_io -f -c "pwrite -S 0x44 1263250 624627" -c "pwrite -S 0x44 3976k 4k" -c "fdatasync" -c "pwrite -S 0x44 751337 2558" -c "truncate 199569" -c "sync_range -b 128k 11860k" -c "dedupe $mnt/file0 100k 228k 28k" -c "fsync" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 11192k 52k" $mnt/file0
xfs_io -f -c "fpunch 8044879 3799" -c "reflink $mnt/file0" -c "dedupe $mnt/file0 6192k 6516k 48k" $mnt/file0
xfs_io -f -c "fiemap -v" -c "pwrite -S 0x44 8928k 4k" -c "falloc 6970569 6637898" -c "fpunch 13092k 2420k" -c "fpunch 12474098 62850" -c "dedupe $mnt/file0 400k 2552k 48k" $mnt/file0
