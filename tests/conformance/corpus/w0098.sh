# extsim conformance workload, gen.py seed 98
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc 800k 48k" $mnt/f0
xfs_io -c "pwrite -S 0x62 1273856 64k" $mnt/f0
xfs_io -c "truncate 1076295" $mnt/f0
xfs_io -c "pwrite -S 0xcd 324k 44k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 2060288 4k" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 89482 7016" $mnt/f0
rm $mnt/f1
xfs_io -c "pwrite -S 0xcd 20k 16k" $mnt/f0
xfs_io -c "pwrite 882506 64k" $mnt/f0
sync
umount $mnt
mount $dev $mnt
xfs_io -c "truncate 128k" $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x62 2076672 24k" $mnt/f1
xfs_io -f -c "reflink $mnt/f2 1314816 932k 24k" $mnt/f2
xfs_io -c "reflink $mnt/f2 496k 480k 28k" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 60k 180k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 36159 28k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 500k 60k" $mnt/f2
umount $mnt
mount $dev $mnt
sync
xfs_io -c "fpunch 120k 20k" $mnt/f0
xfs_io -c "reflink $mnt/f1 1851392 1142784 256k" $mnt/f1
touch $mnt/f3
chattr +C $mnt/f3
xfs_io -c "pwrite -S 0x62 188k 52k" $mnt/f1
xfs_io -c "reflink $mnt/f3 176020 24k 10841" $mnt/f0
xfs_io -c "reflink $mnt/f1 880k 884k 16k" $mnt/f1
xfs_io -c "falloc 16k 8k" $mnt/f3
xfs_io -c "pwrite -S 0xcd 732k 60k" $mnt/f3
xfs_io -c "truncate 159028" $mnt/f2
xfs_io -c "falloc -k 1563842 32k" $mnt/f2
xfs_io -c "pwrite -S 0x62 13958 32k" $mnt/f1
md5sum $mnt/f0
xfs_io -c "reflink $mnt/f2 140k 708k 12k" $mnt/f3
xfs_io -c "falloc 792k 12k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 640k 112k 108k" $mnt/f1
xfs_io -c "reflink $mnt/f2 36k 24k 12k" $mnt/f2
xfs_io -f -c "pwrite 2056192 10457" -c "fsync" $mnt/f4
xfs_io -c "falloc 24k 20k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 504k 28k" -c "fdatasync" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -f -c "pwrite 408k 7458" $mnt/f0
xfs_io -f -c "truncate 780k" $mnt/f5
xfs_io -c "falloc -k 1768507 11053" $mnt/f4
xfs_io -f -c "pwrite -S 0x62 24061 16k" -c "fsync" $mnt/f2
