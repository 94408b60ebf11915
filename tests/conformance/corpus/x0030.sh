# extsim conformance workload, fsxgen.py seed 30 (files up to 4m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc 0 28k" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 3370366 561203" $mnt/file0
touch $mnt/file1
xfs_io -f -c "reflink $mnt/file0 3824k 1264k 0" -c "truncate 2114182" -c "pwrite -S 0x43 116k 3752k" -c "pwrite -S 0x43 2706937 946371" -c "sync_range -a 80k 4k" $mnt/file0
xfs_io -f -c "fdatasync" -c "pread -q 1425912 24503" -c "sync_range -a 0 60k" -c "fpunch 2511922 1387203" -c "reflink $mnt/file1 0 44k 4k" $mnt/file1
xfs_io -f -c "dedupe $mnt/file0 488k 96k 8k" $mnt/file1
xfs_io -f -c "dedupe $mnt/file1 40k 0 0" $mnt/file1
xfs_io -f -c "fpunch 25538 2723" -c "pwrite -S 0x41 28k 4k" -c "falloc -k 16k 4k" -c "fzero 23341 3971499" -c "fdatasync" $mnt/file1
xfs_io -f -c "falloc -k 820k 3024k" -c "falloc 2120k 40k" -c "reflink $mnt/file0 3172k 3572k 696k" -c "falloc -k 1124k 56k" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 1176k 4k" -c "fpunch 504366 1140764" -c "pwrite -S 0x41 2276k 4k" $mnt/file1
xfs_io -f -c "fiemap -v" -c "pwrite -S 0x41 3116k 16k" -c "falloc -k 2948k 924k" -c "pwrite -S 0x42 -b 1m 2533441 594" $mnt/file1
xfs_io -f -c "dedupe $mnt/file1 780k 176k 4k" -c "reflink $mnt/file0 3532k 1212k 16k" -c "truncate 2704k" -c "reflink $mnt/file0 2996k 1460k 1272k" -c "reflink $mnt/file0 3052k 652k 44k" -c "reflink $mnt/file0 1460k 2108k 32k" $mnt/file1
sync
xfs_io -f -c "reflink $mnt/file0 1080k 620k 32k" -c "reflink $mnt/file0 304k 912k 0" -c "pwrite -S 0x43 1824k 336k" -c "pwrite -S 0x42 -b 1m 1528089 1702" -c "pwrite -S 0xcd 1228k 44k" -c "pwrite -S 0xcd 593067 62610" -c "truncate 4180750" -c "reflink $mnt/file0 316k 2036k 64k" $mnt/file1
xfs_io -f -c "pwrite -S 0x43 -b 1m 1468k 20k" -c "fpunch 1788k 4k" -c "fsync" -c "pwrite -S 0x43 872k 4k" -c "pwrite -S 0x44 -b 4k 1341591 1112121" $mnt/file0
xfs_io -f -c "truncate 1932k" -c "pwrite -S 0x42 1655866 791328" $mnt/file0
xfs_io -f -c "fpunch 556k 1644k" -c "dedupe $mnt/file1 1112k 3396k 52k" $mnt/file1
xfs_io -f -c "pwrite -S 0x41 1805320 86" -c "sync_range -w 748k 4k" $mnt/file1
xfs_io -f -c "dedupe $mnt/file0 2024k 1404k 44k" -c "falloc -k 1744k 4k" -c "pwrite -S 0xcd 321098 28292" -c "pwrite -S 0x41 2040k 448k" -c "falloc -k 423815 799790" -c "fpunch 1560k 724k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 512 412k 836k" -c "pwrite -S 0x41 1856k 60k" $mnt/file0
