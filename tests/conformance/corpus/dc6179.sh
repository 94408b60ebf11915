# extsim conformance workload, gen.py seed 6179 --drop-caches 0.08
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc -k 300k 248k" $mnt/f0
sync
echo 1 > /proc/sys/vm/drop_caches
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 804k 256k" $mnt/f1
sync
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "reflink $mnt/f1 108k 856k 960k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 972k 148k" $mnt/f2
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "fpunch 1081344 1m" $mnt/f2
xfs_io -c "fsync" $mnt/f2
sync
sync
xfs_io -c "pwrite -S 0xcd 148k 9634" -c "fsync" $mnt/f1
sync
xfs_io -f -c "pwrite 40k 40k" $mnt/f3
xfs_io -f -c "pwrite -S 0x63 788k 144k" $mnt/f4
xfs_io -c "dedupe $mnt/f3 12k 0 16k" $mnt/f3
xfs_io -c "pwrite -S 0x61 416k 56k" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s1
sync
xfs_io -c "fdatasync" $mnt/f4
xfs_io -c "fzero 44k 8007" $mnt/s1/f4
xfs_io -c "pwrite -S 0x63 220k 220k" $mnt/s1/f1
xfs_io -c "falloc 651485 16k" $mnt/s1/f4
sync
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "falloc -k 12k 52k" $mnt/s1/f3
xfs_io -c "dedupe $mnt/f4 100k 108k 12k" $mnt/f4
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "fsync" $mnt/s1/f4
xfs_io -f -c "pwrite -S 0x63 644k 164k" $mnt/f4
xfs_io -c "falloc 508k 48k" $mnt/f0
xfs_io -c "fdatasync" $mnt/s1/f2
xfs_io -c "reflink $mnt/s1/f4 444k 464k 440k" $mnt/f1
xfs_io -c "fdatasync" $mnt/f2
xfs_io -c "reflink $mnt/s1/f1 920k 28k 12k" $mnt/s1/f2
xfs_io -c "falloc -k 37974 28k" $mnt/f4
xfs_io -c "falloc 992k 60k" $mnt/f1
xfs_io -f -c "falloc -k 860k 1m" $mnt/s1/g0
xfs_io -c "falloc -k 121207 32k" $mnt/s1/f4
xfs_io -c "pwrite -S 0x61 391480 4k" $mnt/s1/f2
rm $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/s1/f3
md5sum $mnt/f3
xfs_io -c "falloc -k 32668 48k" $mnt/s1/f1
xfs_io -c "reflink $mnt/s1/f0 0 896k 4k" $mnt/f2
xfs_io -c "falloc -k 664k 24k" $mnt/s1/f2
xfs_io -c "fpunch 832k 224k" $mnt/s1/g0
echo 2 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite -S 0x61 76k 36k" $mnt/f0
sync
echo 1 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite 57044 36k" $mnt/s1/f3
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "reflink $mnt/s1/f0 0 60k 4k" $mnt/f3
xfs_io -c "pwrite -S 0x62 36k 36k" $mnt/f3
xfs_io -c "reflink $mnt/f4 128k 832k 256k" $mnt/f4
md5sum $mnt/s1/f3
rm -f $mnt/s1/f1
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "pwrite -S 0x62 720k 10638" $mnt/f2
sync
echo 3 > /proc/sys/vm/drop_caches
