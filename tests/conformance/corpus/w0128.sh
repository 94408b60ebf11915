# extsim conformance workload, gen.py seed 128
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc 627148 6094" $mnt/f0
xfs_io -f -c "pwrite 336k 48k" $mnt/f1
xfs_io -c "fpunch 133391 104k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 136k 56k 8k" $mnt/f0
md5sum $mnt/f1
xfs_io -c "falloc -k 824k 56k" $mnt/f1
xfs_io -c "reflink $mnt/f1 280k 84k 56k" $mnt/f1
xfs_io -f -c "reflink $mnt/f1" $mnt/f2
xfs_io -f -c "falloc 312k 12k" $mnt/f3
xfs_io -f -c "pwrite -S 0x62 102526 220k" $mnt/f2
xfs_io -f -c "reflink $mnt/f2 24k 44k 252k" $mnt/f4
sync
xfs_io -c "truncate 944k" $mnt/f0
touch $mnt/f5
chattr +C $mnt/f5
xfs_io -f -c "pwrite -S 0x62 976k 52k" $mnt/f6
xfs_io -f -c "pwrite -S 0x62 143184 5932" -c "fsync" $mnt/f2
sync
xfs_io -r -c "fiemap -v" $mnt/f4
xfs_io -c "reflink $mnt/f2 176k 552k 188k" $mnt/f2
xfs_io -c "dedupe $mnt/f0 184k 24k 4k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite 336k 20k" -c "fsync" $mnt/f4
xfs_io -c "reflink $mnt/f4 132k 176k 88k" $mnt/s1/f0
xfs_io -c "falloc 188k 28k" $mnt/f1
xfs_io -c "fdatasync" $mnt/s1/f5
xfs_io -c "dedupe $mnt/s1/f6 940k 948k 4k" $mnt/s1/f6
xfs_io -c "fpunch 196k 64k" $mnt/s1/f2
xfs_io -c "reflink $mnt/f6 952k 404k 56k" $mnt/s1/f4
xfs_io -c "dedupe $mnt/f4 348k 72k 20k" $mnt/s1/f4
xfs_io -c "reflink $mnt/s1/f2 192k 988k 0" $mnt/s1/f5
xfs_io -c "truncate 376k" $mnt/f6
xfs_io -c "dedupe $mnt/s1/f1 108k 100k 12k" $mnt/f2
chattr +C $mnt/f4
xfs_io -c "pwrite -S 0x62 104k 32k" $mnt/f4
xfs_io -f -c "reflink $mnt/f5 0 944k 4k" $mnt/f7
xfs_io -c "fpunch 708k 8k" $mnt/s1/f4
xfs_io -f -c "truncate 840k" $mnt/s1/g0
xfs_io -c "fpunch 464k 4m" $mnt/f2
xfs_io -c "dedupe $mnt/f2 656k 28k 16k" $mnt/f0
sync
