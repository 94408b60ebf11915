# extsim conformance workload, gen.py seed 6299 --drop-caches 0.08
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 528k 160k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 26913 32k" -c "fdatasync" $mnt/f0
xfs_io -c "falloc -k 592k 48k" $mnt/f0
xfs_io -c "pwrite -S 0x62 280k 28k" $mnt/f0
xfs_io -c "truncate 595963" $mnt/f0
rm $mnt/f0
xfs_io -f -c "pwrite -S 0x61 392k 108k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 444k 220k" -c "fdatasync" $mnt/f0
xfs_io -c "falloc 340k 44k" $mnt/f0
xfs_io -c "falloc -k 740k 24k" $mnt/f0
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "fpunch 0 20k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 376k 48k 8k" $mnt/f0
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "fpunch 80k 2065" $mnt/f0
xfs_io -c "dedupe $mnt/f0 84k 60k 12k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x63 644k 60k" -c "fdatasync" $mnt/f0
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "falloc -k 288k 24k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 212k 60k 20k" $mnt/f0
xfs_io -c "reflink $mnt/f0 140k 124k 84k" $mnt/f0
sync
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite 353027 40k" $mnt/f0
xfs_io -c "truncate 532269" $mnt/f0
xfs_io -c "pwrite -S 0x62 264k 148k" $mnt/f0
xfs_io -c "pwrite 124k 52k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 540k 11182" $mnt/f1
xfs_io -c "pwrite -S 0x61 512k 10070" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 549193 104k" $mnt/f1
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -f -c "falloc -k 952k 44k" $mnt/f2
xfs_io -c "falloc 371971 240k" $mnt/f2
chattr +C $mnt/f1
xfs_io -c "pwrite 564k 6196" -c "fdatasync" $mnt/f2
xfs_io -c "falloc -k 389145 28k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "fsync" $mnt/f1
md5sum $mnt/f2
xfs_io -f -c "pwrite -S 0x61 144140 48k" -c "fsync" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 596307 44k" $mnt/s1/f1
xfs_io -c "fpunch 160k 60k" $mnt/s1/f0
touch $mnt/s1/g0
chattr +C $mnt/s1/g0
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "dedupe $mnt/s1/f0 368k 276k 20k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 20k 12k" $mnt/s1/f2
xfs_io -c "reflink $mnt/s1/f0 516k 236k 3885" $mnt/f0
xfs_io -f -c "truncate 220k" $mnt/f3
rm -f $mnt/s1/f2
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "dedupe $mnt/s1/f1 44k 32k 32k" $mnt/f0
xfs_io -c "fpunch 61732 116k" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f1 24k 260k 639305" $mnt/s1/f1
xfs_io -c "dedupe $mnt/f1 308k 36k 16k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 40k 204k" $mnt/s1/f1
xfs_io -c "pwrite -S 0xcd 368k 8k" $mnt/f0
