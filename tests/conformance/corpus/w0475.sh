# extsim conformance workload, gen.py seed 475 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc -k 5914624 36k" $mnt/f0
rm -f $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 26828800 64k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -b 1m 13291520 8m" $mnt/f0
xfs_io -c "dedupe $mnt/f0 340k 10829824 8k" $mnt/f0
xfs_io -f -c "falloc 6881280 24k" $mnt/f1
xfs_io -c "pwrite -S 0x62 -b 1m 20398080 4m" $mnt/f0
xfs_io -c "reflink $mnt/f0 2875392 2314240 24027136" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "reflink $mnt/s1/f1 2068480 1020k 4841472" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x62 -b 1m 2387968 14m" $mnt/s1/g0
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 -b 1m 15683584 2m" $mnt/f0
xfs_io -f -c "pwrite 16166912 1m" $mnt/s1/f0
xfs_io -c "truncate 12804096" $mnt/f0
xfs_io -f -c "reflink $mnt/s1/g0 900k 33492992 8523776" $mnt/f2
md5sum $mnt/f1
xfs_io -f -c "falloc -k 12086703 16m" $mnt/f3
xfs_io -c "fpunch 3596288 36k" $mnt/f3
xfs_io -c "dedupe $mnt/s1/f0 8949760 20k 28k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/g0 9449472 0 7622656" $mnt/s1/g0
xfs_io -c "fpunch 11382784 124k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 3900917 20k" $mnt/f1
xfs_io -c "truncate 2689880" $mnt/f1
xfs_io -c "reflink $mnt/s1/f1 1761280 26382336 5152768" $mnt/f3
xfs_io -c "dedupe $mnt/f1 1843785 23857067 4k" $mnt/s1/f0
xfs_io -c "fpunch 3661824 32k" $mnt/s1/g0
xfs_io -c "truncate 8296218" $mnt/f3
xfs_io -c "reflink $mnt/s1/f1 5738496 31375360 240k" $mnt/f1
xfs_io -c "fpunch 16519168 16k" $mnt/s1/g0
xfs_io -f -c "reflink $mnt/f2 21286912 7946240 296k" $mnt/f4
