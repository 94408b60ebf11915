# extsim conformance workload, gen.py seed 169
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 7897088 220k" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x62 3469312 56k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 2330624 6893568 3530752" $mnt/f1
xfs_io -c "fpunch 2445186 40k" $mnt/f0
xfs_io -c "fzero 1736704 24k" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 8085504 8k" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 2404352 36k" $mnt/f3
xfs_io -c "fpunch 40460 8k" $mnt/f3
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 4571136 20k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x63 1425408 8k" $mnt/f2
xfs_io -c "fsync" $mnt/f3
md5sum $mnt/f0
md5sum $mnt/f0
xfs_io -f -c "truncate 1425405" $mnt/f4
xfs_io -c "truncate 976k" $mnt/f2
xfs_io -c "fpunch 6287360 56k" $mnt/f1
xfs_io -c "fpunch 2007040 208k" $mnt/f0
xfs_io -c "falloc 3739648 108k" $mnt/f0
xfs_io -c "truncate 1261973" $mnt/f3
xfs_io -c "pwrite -S 0x63 492k 100k" $mnt/f4
xfs_io -f -c "falloc -k 6733824 20k" $mnt/f5
xfs_io -c "fdatasync" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 6643712 204k" -c "fdatasync" $mnt/f3
xfs_io -f -c "pwrite -S 0x61 6750208 8k" $mnt/f6
xfs_io -c "reflink $mnt/f1 8892416 4415488 992k" $mnt/f3
xfs_io -c "pwrite -S 0x61 944k 48k" $mnt/f4
sync
xfs_io -c "falloc -k 5846742 252k" $mnt/f3
xfs_io -f -c "pwrite -S 0xcd 1368064 96k" $mnt/f7
xfs_io -c "fpunch 192k 20k" $mnt/f4
xfs_io -c "pwrite -S 0x62 838490 32k" $mnt/f4
xfs_io -c "fpunch 5152768 52k" $mnt/f7
xfs_io -c "dedupe $mnt/f4 348k 64k 32k" $mnt/f0
xfs_io -c "fpunch 6795264 4m" $mnt/f0
xfs_io -c "pwrite 482678 52k" $mnt/f2
xfs_io -c "pwrite -S 0x63 10778 36k" $mnt/f2
xfs_io -c "falloc 112k 252k" $mnt/f6
xfs_io -c "dedupe $mnt/f4 212k 56k 12k" $mnt/f0
xfs_io -c "reflink $mnt/f3 2399260 4395008 2317" $mnt/f6
