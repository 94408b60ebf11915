# extsim conformance workload, gen.py seed 6140 --drop-caches 0.08
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 456k 12064" -c "fsync" $mnt/f0
md5sum $mnt/f0
xfs_io -c "truncate 28k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 0 10273" $mnt/f0
xfs_io -c "pwrite -S 0x62 24k 200k" $mnt/f0
xfs_io -c "reflink $mnt/f0 220k 168k 4k" $mnt/f0
echo 3 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite -S 0x62 104k 44k" $mnt/f0
xfs_io -c "reflink $mnt/f0 52k 160k 24k" $mnt/f0
xfs_io -f -c "pwrite 524k 20k" $mnt/f1
xfs_io -c "pwrite -S 0x63 108k 4k" $mnt/f0
xfs_io -c "pwrite -S 0x61 64k 8k" $mnt/f0
xfs_io -c "reflink $mnt/f0 104k 312k 76k" $mnt/f1
echo 1 > /proc/sys/vm/drop_caches
xfs_io -f -c "truncate 160k" $mnt/f2
xfs_io -c "fdatasync" $mnt/f2
xfs_io -c "falloc 176k 24k" $mnt/f0
sync
xfs_io -c "dedupe $mnt/f0 0 120k 16k" $mnt/f1
xfs_io -f -c "pwrite 788k 60k" $mnt/f3
xfs_io -c "pwrite 96k 40k" $mnt/f2
xfs_io -c "reflink $mnt/f3 320k 44k 0" $mnt/f2
xfs_io -c "dedupe $mnt/f3 472k 20k 8k" $mnt/f1
xfs_io -c "truncate 328k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 684k 2846" $mnt/f3
xfs_io -f -c "pwrite -S 0x62 328k 4k" $mnt/f4
xfs_io -c "truncate 460k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 655296 240k" $mnt/f5
xfs_io -f -c "pwrite -S 0x63 540k 32k" $mnt/f6
xfs_io -c "falloc 115919 36k" $mnt/f2
xfs_io -c "truncate 200k" $mnt/f1
xfs_io -c "reflink $mnt/f5" $mnt/f6
xfs_io -c "truncate 308k" $mnt/f4
sync
echo 3 > /proc/sys/vm/drop_caches
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "fdatasync" $mnt/f1
xfs_io -c "falloc -k 84k 2m" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 4k 224k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f1" $mnt/s1/f4
xfs_io -c "falloc 20k 196k" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f6 76k 104k 835520" $mnt/s1/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "truncate 144k" $mnt/f2
sync
xfs_io -c "fpunch 232k 24k" $mnt/f4
md5sum $mnt/s1/f0
rm $mnt/f2
xfs_io -c "pwrite -S 0x62 -b 1m 536k 3m" $mnt/s2/f5
touch $mnt/s1/g1
chattr +C $mnt/s1/g1
xfs_io -c "truncate 20k" $mnt/s2/f6
echo 2 > /proc/sys/vm/drop_caches
md5sum $mnt/f4
xfs_io -f -c "pwrite -S 0x62 0 16k" -c "fdatasync" $mnt/s2/f6
xfs_io -c "dedupe $mnt/f1 84k 0 24k" $mnt/s1/f5
xfs_io -c "truncate 632k" $mnt/f0
sync
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "truncate 584553" $mnt/s1/f5
xfs_io -c "fpunch 64k 64k" $mnt/s2/f1
xfs_io -f -c "pwrite -S 0x62 236k 9897" $mnt/s1/g0
echo 3 > /proc/sys/vm/drop_caches
sync
xfs_io -c "reflink $mnt/f6 600k 828k 196k" $mnt/s1/g1
xfs_io -c "falloc 3516104 236k" $mnt/s2/f5
xfs_io -c "dedupe $mnt/s2/f1 48k 0 24k" $mnt/s2/f2
xfs_io -r -c "fiemap -v" $mnt/s2/f0
xfs_io -r -c "fiemap -v" $mnt/s1/f2
xfs_io -c "truncate 453142" $mnt/s1/f5
xfs_io -c "pwrite -S 0x61 3461120 80k" -c "fdatasync" $mnt/s2/f5
sync
xfs_io -f -c "pwrite -S 0x63 1016k 48k" $mnt/f2
echo 1 > /proc/sys/vm/drop_caches
