# extsim conformance workload, gen.py seed 6106 --drop-caches 0.08
mkfs.btrfs -f $dev -b 256m > /dev/null
mount -o nodatacow $dev $mnt
touch $mnt/f0
chattr +C $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 561823 48k" $mnt/f1
xfs_io -f -c "reflink $mnt/f1 304k 580k 292k" $mnt/f2
xfs_io -f -c "falloc 396k 44k" $mnt/f3
xfs_io -c "pwrite -S 0x63 44k 12k" $mnt/f1
xfs_io -c "reflink $mnt/f3 56k 196k 328k" $mnt/f3
xfs_io -c "falloc 996k 4k" $mnt/f2
sync
xfs_io -c "fpunch 265211 24k" $mnt/f3
xfs_io -c "fzero -k 244k 52k" $mnt/f1
xfs_io -c "falloc -k 99213 156k" $mnt/f1
xfs_io -f -c "truncate 724k" $mnt/f4
sync
xfs_io -c "dedupe $mnt/f2 388k 24k 8k" $mnt/f1
xfs_io -c "reflink $mnt/f0 0 816k 4k" $mnt/f4
xfs_io -c "dedupe $mnt/f3 220k 0 224k" $mnt/f2
xfs_io -c "fzero 545863 48k" $mnt/f0
rm $mnt/f0
sync
echo 1 > /proc/sys/vm/drop_caches
md5sum $mnt/f2
xfs_io -f -c "falloc 285942 40k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 392k 48k" $mnt/f3
xfs_io -c "truncate 556k" $mnt/f4
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x63 20k 36k" $mnt/f1
xfs_io -c "falloc -k 548k 9223" $mnt/f4
xfs_io -f -c "pwrite -S 0x62 212k 40k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -f -c "falloc 136k 1m" $mnt/f5
xfs_io -c "falloc -k 300k 16k" $mnt/f1
xfs_io -c "pwrite -S 0x63 312k 36k" $mnt/f0
xfs_io -c "reflink $mnt/f1 32k 332k 200k" $mnt/f1
echo 3 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite -S 0x62 784k 2m" $mnt/f6
xfs_io -c "pwrite 77382 164k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 2592768 36k" $mnt/f6
xfs_io -c "dedupe $mnt/f4 4k 0 556k" $mnt/f2
xfs_io -c "pwrite -S 0x62 628k 24k" -c "fsync" $mnt/f2
xfs_io -c "dedupe $mnt/f2 288k 0 716k" $mnt/f6
xfs_io -c "pwrite -S 0x63 608k 28k" $mnt/f3
xfs_io -f -c "pwrite 736k 36k" -c "fdatasync" $mnt/f7
xfs_io -c "pwrite -S 0x63 192k 6141" $mnt/f0
xfs_io -c "dedupe $mnt/f5 868k 284k 28k" $mnt/f1
echo 1 > /proc/sys/vm/drop_caches
rm $mnt/f7
xfs_io -c "pwrite -S 0x63 44k 56k" $mnt/f4
sync
echo 1 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite -S 0x62 892k 4467" -c "fsync" $mnt/f7
xfs_io -c "falloc -k 128k 8k" $mnt/f7
xfs_io -c "fdatasync" $mnt/f2
sync
echo 1 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite -S 0x61 176k 4m" -c "fdatasync" $mnt/f3
echo 3 > /proc/sys/vm/drop_caches
xfs_io -r -c "fiemap -v" $mnt/f6
xfs_io -c "dedupe $mnt/f5 96k 0 8k" $mnt/f3
xfs_io -c "dedupe $mnt/f4 372k 332k 16k" $mnt/f0
xfs_io -c "dedupe $mnt/f4 160k 1712128 40k" $mnt/f6
xfs_io -c "reflink $mnt/f6 1196032 204k 0" $mnt/f2
xfs_io -c "fsync" $mnt/f0
sync
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "fpunch 672k 3895" $mnt/f4
xfs_io -r -c "fiemap -v" $mnt/f5
xfs_io -c "pwrite -S 0xcd 947795 232k" $mnt/f4
xfs_io -f -c "pwrite -S 0x62 1486848 44k" $mnt/f2
sync
xfs_io -c "dedupe $mnt/f4 168k 836k 32k" $mnt/f4
