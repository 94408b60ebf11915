# extsim conformance workload, gen.py seed 6195 --drop-caches 0.08
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 2015232 32k" $mnt/f0
md5sum $mnt/f0
xfs_io -c "falloc -k 2932736 56k" $mnt/f0
echo 1 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite -S 0x62 1765376 60k" $mnt/f0
sync
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "truncate 737184" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 268k 176k" $mnt/f0
xfs_io -c "reflink $mnt/f0 248k 596k 495520" $mnt/f0
xfs_io -c "falloc 440k 208k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 5079040 40k" $mnt/f1
xfs_io -c "pwrite -S 0x63 202044 9794" $mnt/f0
xfs_io -c "fpunch 336k 11302" $mnt/f0
xfs_io -c "pwrite -S 0x63 48641 36k" -c "fsync" $mnt/f1
xfs_io -c "truncate 1081344" $mnt/f1
xfs_io -c "pwrite -S 0x63 108k 44k" $mnt/f1
xfs_io -f -c "reflink $mnt/f0" $mnt/f2
sync
xfs_io -c "falloc 172k 40k" $mnt/f1
md5sum $mnt/f1
xfs_io -c "truncate 616566" $mnt/f2
xfs_io -f -c "reflink $mnt/f0 80k 4472832 212k" $mnt/f3
xfs_io -c "fpunch 3059712 192k" $mnt/f3
xfs_io -c "pwrite -S 0x62 512k 32k" $mnt/f2
xfs_io -c "fzero -k 3248128 48k" $mnt/f3
xfs_io -c "dedupe $mnt/f3 1142784 0 3551232" $mnt/f0
xfs_io -c "pwrite -S 0x62 284k 10802" -c "fsync" $mnt/f2
xfs_io -c "falloc 2653191 232k" $mnt/f3
xfs_io -c "pwrite -S 0x63 560k 8k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "reflink $mnt/f3 2646016 7589888 16k" $mnt/f3
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "dedupe $mnt/f3 168k 0 32k" $mnt/f3
md5sum $mnt/f3
sync
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "fpunch 3547136 16k" $mnt/f3
xfs_io -c "pwrite -S 0x63 56k 160k" $mnt/f0
xfs_io -c "truncate 504k" $mnt/f2
xfs_io -c "falloc 3579904 16k" $mnt/f0
xfs_io -c "reflink $mnt/f2 400k 400k 28k" $mnt/f2
sync
xfs_io -f -c "reflink $mnt/f0 3207168 4378624 68k" $mnt/f4
echo 3 > /proc/sys/vm/drop_caches
md5sum $mnt/f3
xfs_io -c "truncate 6011476" $mnt/f1
sync
xfs_io -c "fsync" $mnt/f4
sync
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "dedupe $mnt/f1 5509120 0 28k" $mnt/f2
xfs_io -c "falloc 2519040 24k" $mnt/f0
xfs_io -c "falloc 5930200 88k" $mnt/f1
xfs_io -c "fpunch 3358720 120k" $mnt/f3
xfs_io -f -c "pwrite 1179648 3616" $mnt/f4
xfs_io -f -c "reflink $mnt/f1 752k 2265088 11515" $mnt/f5
xfs_io -c "falloc 284k 176k" $mnt/f5
chattr +C $mnt/f3
xfs_io -c "falloc -k 3825517 68k" $mnt/f4
xfs_io -c "dedupe $mnt/f3 2101248 0 5509120" $mnt/f5
xfs_io -f -c "reflink $mnt/f0 1331200 7348224 1183744" $mnt/f6
xfs_io -c "falloc -k 169307 72k" $mnt/f2
xfs_io -c "reflink $mnt/f3 4407296 3887104 2486272" $mnt/f4
xfs_io -c "dedupe $mnt/f2 44k 4206592 16k" $mnt/f1
xfs_io -c "pwrite -S 0x63 1769472 12k" $mnt/f4
