# extsim conformance workload, fsxgen.py seed 131 (files up to 4m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
sync
xfs_io -f -c "pwrite -S 0xcd -b 1000 3618 3138951" -c "pwrite -S 0x43 -b 12k 1736341 276579" -c "fpunch 553573 12071" $mnt/file0
xfs_io -f -c "fsync" -c "reflink $mnt/file0 648k 2532k 64k" $mnt/file0
sync
xfs_io -f -c "pwrite -S 0x44 316k 2196k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 4k 1620248 596384" -c "pread -q 2951310 2484" $mnt/file0
sync
xfs_io -f -c "fpunch 1272k 4k" -c "sync_range -w 1796k 28k" -c "pwrite -S 0x41 -b 1m 916k 56k" $mnt/file0
xfs_io -f -c "fiemap -v" -c "fsync" -c "reflink $mnt/file0 1304k 2424k 32k" -c "pwrite -S 0xcd 567032 1208" -c "falloc 2209707 62347" -c "reflink $mnt/file0 2416k 400k 28k" $mnt/file0
xfs_io -f -c "fsync" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 440k 804k 48k" -c "pwrite -S 0x44 2814111 50640" $mnt/file0
xfs_io -f -c "fzero 1568k 4k" -c "pwrite -S 0x41 -b 512 2900k 628k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 1000 3092k 8k" -c "pwrite -S 0x41 2100k 12k" $mnt/file0
xfs_io -f -c "falloc -k 624k 28k" -c "sync_range -b 2824k 164k" -c "pwrite -S 0x42 3880k 60k" -c "falloc 2720k 36k" $mnt/file0
xfs_io -f -c "fpunch 276k 240k" -c "fpunch 648k 36k" -c "sync_range -a 3688k 148k" -c "fzero -k 4028980 97040" -c "truncate 3352k" -c "reflink $mnt/file0 88k 1264k 12k" -c "fpunch 2056k 32k" -c "pwrite -S 0x43 -b 12k 2656k 28k" $mnt/file0
xfs_io -f -c "fzero -k 2971117 56605" -c "pwrite -S 0x44 1389076 118758" $mnt/file0
xfs_io -f -c "truncate 2644k" -c "pwrite -S 0x43 -b 1000 2884793 233411" -c "pwrite -S 0x43 -b 64k 269143 32669" -c "falloc 3008609 17048" -c "fsync" -c "pread -q 402117 28295" $mnt/file0
btrfs subvolume snapshot $mnt $mnt/snap1
xfs_io -f -c "pwrite -S 0x43 577810 3745" -c "reflink $mnt/file0 2532k 1308k 36k" -c "pwrite -S 0x43 -b 64k 1532k 260k" -c "reflink $mnt/file0 1104k 3000k 56k" $mnt/file0
