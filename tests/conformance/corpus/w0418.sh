# extsim conformance workload, gen.py seed 418
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc -k 660k 40k" $mnt/f0
sync
xfs_io -c "fsync" $mnt/f0
xfs_io -c "falloc 144k 4938" $mnt/f0
xfs_io -c "pwrite -S 0x63 492k 56k" $mnt/f0
xfs_io -c "pwrite -S 0x62 508k 8k" $mnt/f0
xfs_io -c "reflink $mnt/f0 292k 116k 112k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 208k 236k 28k" $mnt/f0
rm $mnt/f0
sync
sync
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "truncate 780k" $mnt/s1/g0
xfs_io -c "falloc -k 558333 52k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 124k 20k 20k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0xcd 984k 32k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 440k 672k 212k" $mnt/s1/g1
xfs_io -c "dedupe $mnt/s1/g1 660k 0 24k" $mnt/f0
xfs_io -c "falloc 640k 16k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/g0 100k 828k 12k" $mnt/s1/g1
chattr +C $mnt/s1/g0
xfs_io -f -c "pwrite -S 0xcd 384k 40k" -c "fsync" $mnt/f1
xfs_io -c "dedupe $mnt/f0 664k 16k 4k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/g1 88k 0 800k" $mnt/s1/g0
xfs_io -c "fdatasync" $mnt/s1/g0
sync
sync
xfs_io -c "pwrite -S 0x61 196k 12k" $mnt/f1
xfs_io -c "reflink $mnt/f0 148k 92k 16k" $mnt/f1
md5sum $mnt/f0
xfs_io -c "pwrite -S 0x62 554765 64k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 484k 224k" -c "fdatasync" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 696k 100k" $mnt/s1/g0
xfs_io -c "fpunch 736k 12k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 204k 56k" $mnt/f0
xfs_io -c "reflink $mnt/f1 112k 652k 316k" $mnt/s1/g1
xfs_io -c "reflink $mnt/f1 244k 0 28k" $mnt/s1/g0
sync
xfs_io -c "dedupe $mnt/s1/g1 16k 64k 24k" $mnt/f0
xfs_io -f -c "truncate 842594" $mnt/f2
xfs_io -c "fpunch 168k 11979" $mnt/s1/g1
xfs_io -f -c "pwrite -S 0x62 872k 56k" $mnt/f0
xfs_io -c "dedupe $mnt/f2 728k 804k 16k" $mnt/f2
xfs_io -c "reflink $mnt/s1/g1 112k 352k 784k" $mnt/f0
xfs_io -c "pwrite 256k 172k" -c "fdatasync" $mnt/f0
