# extsim conformance workload, fsxgen.py seed 48 (files up to 4m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd -b 64k 901939 2723431" -c "sync_range -a 888k 4k" -c "pwrite -S 0x43 524k 4k" $mnt/file0
xfs_io -f -c "pread -q 2373228 46189" -c "reflink $mnt/file0 1644k 3256k 1941914" -c "pwrite -S 0x44 -b 4k 4168736 943" -c "fsync" -c "reflink $mnt/file0 908k 84k 56k" $mnt/file0
xfs_io -f -c "fpunch 3093327 61170" -c "fdatasync" -c "pwrite -S 0xcd -b 1m 1380184 20337" -c "dedupe $mnt/file0 4660k 4320k 52k" -c "reflink $mnt/file0 4336k 2400k 0" -c "pwrite -S 0xcd 2748k 184k" -c "fpunch 810088 2452114" -c "pwrite -S 0xcd -b 12k 606125 31812" $mnt/file0
xfs_io -f -c "truncate 3331883" $mnt/file0
xfs_io -f -c "truncate 1045316" -c "pwrite -S 0x42 -b 4k 212k 4k" -c "pwrite -S 0x41 -b 64k 374278 712" -c "truncate 1275584" -c "pwrite -S 0x44 776k 2348k" -c "fpunch 2013544 16730" -c "pwrite -S 0x44 -b 1000 2435593 252420" -c "pwrite -S 0x43 -b 1m 314543 344753" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 512 2097118 220656" $mnt/file0
sync
xfs_io -f -c "fpunch 481705 2492" $mnt/file0
touch $mnt/file1
xfs_io -f -c "fdatasync" -c "fsync" $mnt/file1
xfs_io -f -c "fpunch 3062624 749567" -c "falloc 2581685 63831" -c "pwrite -S 0x41 737163 892253" -c "pread -q 2006353 1073764" -c "fpunch 1240k 124k" -c "falloc 1724524 35213" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 64k 19337 2729" -c "pread -q 661743 367294" -c "truncate 292892" -c "fiemap -v" -c "pread -q 180217 884832" -c "falloc 239089 3442054" -c "pwrite -S 0x44 -b 512 1955938 39126" $mnt/file0
xfs_io -f -c "fzero -k 3037 1382" -c "falloc -k 0 4k" $mnt/file1
xfs_io -f -c "truncate 3322640" -c "pwrite -S 0x44 419049 1031225" -c "reflink $mnt/file1 0 492k 4k" -c "truncate 56k" -c "pwrite -S 0xcd -b 512 37242 2066" -c "fzero 12k 560k" -c "fsync" -c "fsync" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 64k 964k 4k" -c "pwrite -S 0x41 2712k 320k" -c "pwrite -S 0x41 -b 1000 1672k 880k" -c "pwrite -S 0x43 2652259 57478" -c "fiemap -v" -c "dedupe $mnt/file0 1604k 1476k 16k" -c "fsync" -c "fdatasync" $mnt/file0
xfs_io -f -c "fdatasync" -c "fiemap -v" -c "falloc -k 2836926 2425" -c "reflink $mnt/file0 1436k 60k 24k" -c "falloc -k 2872962 34597" -c "truncate 2395817" -c "truncate 1562252" -c "reflink $mnt/file0 932k 672k 48k" $mnt/file0
