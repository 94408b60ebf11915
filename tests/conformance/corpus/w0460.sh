# extsim conformance workload, gen.py seed 460
mkfs.btrfs -f $dev -b 512m > /dev/null
mount -o nodatacow $dev $mnt
xfs_io -f -c "falloc 7036928 60k" $mnt/f0
xfs_io -c "reflink $mnt/f0 988k 5877760 6098944" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd -b 1m 4278887 2m" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 8278016 12k" $mnt/f2
rm $mnt/f1
xfs_io -c "falloc -k 468k 3934" $mnt/f0
md5sum $mnt/f0
xfs_io -c "pwrite 3375104 228k" $mnt/f2
xfs_io -c "truncate 2113536" $mnt/f0
xfs_io -c "pwrite -S 0x62 1744896 148k" $mnt/f0
xfs_io -c "reflink $mnt/f2 5369856 7229440 8k" $mnt/f2
xfs_io -c "pwrite -S 0x62 612k 16k" -c "fsync" $mnt/f2
xfs_io -c "fpunch 1000k 60k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "dedupe $mnt/s1/f2 7057408 44k 32k" $mnt/f0
xfs_io -c "pwrite 6811648 196k" $mnt/f0
md5sum $mnt/s1/f2
xfs_io -c "reflink $mnt/f0 828k 5124096 3891200" $mnt/f2
xfs_io -f -c "pwrite 6230016 4178" -c "fdatasync" $mnt/s1/g0
xfs_io -c "falloc 2224128 16k" $mnt/s1/f2
xfs_io -c "pwrite -S 0x63 3096576 8k" $mnt/s1/g0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "falloc -k 2564096 20k" $mnt/s1/f2
xfs_io -c "pwrite -S 0x63 4407296 8k" $mnt/f2
xfs_io -c "pwrite -S 0x62 1454080 32k" $mnt/s1/f0
umount $mnt
mount -o nodatacow $dev $mnt
xfs_io -f -c "falloc 5505024 32k" $mnt/s1/g1
xfs_io -f -c "pwrite -S 0xcd 424k 48k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/g0 4718592 0 1519698" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 204k 16k" -c "fsync" $mnt/f1
sync
xfs_io -c "fsync" $mnt/s1/f2
xfs_io -f -c "pwrite 6578176 6034" $mnt/s1/g2
sync
xfs_io -c "dedupe $mnt/s1/f2 5394432 0 32k" $mnt/f1
xfs_io -c "pwrite -S 0x62 2342912 20k" $mnt/f2
xfs_io -c "dedupe $mnt/f1 240316 4534272 80k" $mnt/s1/g1
xfs_io -c "pwrite -S 0x62 3661824 4k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f2 8077312 356k 176k" $mnt/f2
xfs_io -c "fpunch 7753728 10495" $mnt/s1/g2
xfs_io -c "dedupe $mnt/s1/g1 4304896 60k 28k" $mnt/f0
xfs_io -c "fsync" $mnt/s1/f0
