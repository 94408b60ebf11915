# extsim conformance workload, gen.py seed 6088 --drop-caches 0.08
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc 1042669 64k" $mnt/f0
rm $mnt/f0
xfs_io -f -c "pwrite -S 0x63 104k 36k" $mnt/f0
xfs_io -c "truncate 46746" $mnt/f0
xfs_io -c "fpunch 24k 16k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 36k 40k 24k" $mnt/f0
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "reflink $mnt/f0 36k 32k 12k" $mnt/f0
xfs_io -c "reflink $mnt/f0 24k 24k 22170" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 16k 8k 28k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 98735 104k" $mnt/f1
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -c "reflink $mnt/f1 116k 108k 28k" $mnt/f1
xfs_io -c "dedupe $mnt/f2 4k 0 4k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 4k 16k 28k" $mnt/f0
xfs_io -c "truncate 194441" $mnt/f1
xfs_io -f -c "pwrite 4k 52k" $mnt/f0
xfs_io -c "pwrite -S 0x63 28k 60k" -c "fsync" $mnt/f0
xfs_io -c "fpunch 588k 8k" $mnt/f2
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "falloc 84k 132k" $mnt/f0
sync
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "reflink $mnt/f1 100k 920k 4k" $mnt/f1
xfs_io -c "fpunch 12k 32k" $mnt/f2
xfs_io -c "reflink $mnt/f2 0 312k 4k" $mnt/f2
xfs_io -c "truncate 193983" $mnt/f2
xfs_io -c "reflink $mnt/f1 200k 360k 580k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 368k 104k 28k" $mnt/f0
sync
echo 3 > /proc/sys/vm/drop_caches
sync
sync
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x62 136k 4k" -c "fsync" $mnt/f1
xfs_io -f -c "falloc -k 261468 52k" $mnt/f3
xfs_io -c "fzero 648k 1m" $mnt/f3
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 212k 24k" $mnt/f3
xfs_io -c "reflink $mnt/f2 160k 608k 0" $mnt/f3
xfs_io -c "reflink $mnt/f3 380k 392k 20k" $mnt/f3
xfs_io -c "fpunch 140k 16k" $mnt/f1
rm $mnt/f0
xfs_io -c "fsync" $mnt/f3
xfs_io -c "reflink $mnt/f3 752k 592k 492k" $mnt/f1
sync
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x63 991134 64k" -c "fdatasync" $mnt/f2
xfs_io -c "pwrite -S 0x61 500k 2747" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 348k 84k" -c "fdatasync" $mnt/f2
xfs_io -c "pwrite -S 0x61 -b 1m 200k 2m" $mnt/f1
xfs_io -c "reflink $mnt/f1 992k 948k 852k" $mnt/f2
xfs_io -c "pwrite -S 0xcd 1536000 5554" -c "fsync" $mnt/f1
