# extsim conformance workload, gen.py seed 120 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 25137152 248k" $mnt/f0
xfs_io -c "falloc -k 28511760 4k" $mnt/f0
xfs_io -c "pwrite 23105536 204k" -c "fdatasync" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "dedupe $mnt/s1/f0 19349504 40k 28k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 25427968 23602480 32k" $mnt/s1/f0
xfs_io -c "fpunch 19848588 12k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0xcd 16616017 20k" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 6946816 5m" $mnt/s1/f0
xfs_io -c "truncate 31719424" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 13291520 88k 3903488" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 9580544 20k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 -b 1m 520k 11m" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x63 14802944 52k" $mnt/s1/f0
xfs_io -c "falloc -k 11587584 9m" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x62 9003008 4k" $mnt/f1
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -b 1m 17707008 14m" $mnt/f0
xfs_io -c "falloc 752529 908" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x61 23277568 8k" -c "fsync" $mnt/s1/f0
btrfs subvolume snapshot $mnt $mnt/s2
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -b 1m 8962048 7m" $mnt/f1
xfs_io -f -c "reflink $mnt/f0 21422080 21045248 2330624" $mnt/s2/g0
xfs_io -c "falloc 7393280 6m" $mnt/s2/g0
xfs_io -c "fdatasync" $mnt/s2/f0
xfs_io -f -c "reflink $mnt/f0 768k 14118912 31408128" $mnt/f2
xfs_io -c "truncate 4603904" $mnt/f1
rm $mnt/f2
xfs_io -c "pwrite -S 0xcd -b 1m 7483392 12m" $mnt/s2/f1
rm $mnt/s2/f0
xfs_io -c "pwrite -S 0x62 -b 1m 512k 6m" $mnt/f1
xfs_io -c "reflink $mnt/f1 3846144 2830336 2170880" $mnt/f0
xfs_io -c "dedupe $mnt/f0 11325440 25395200 16k" $mnt/f0
xfs_io -c "falloc 18640896 4k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/f0 12546048 9211904 8k" $mnt/s2/f1
xfs_io -c "fpunch 10252288 28k" $mnt/s2/g0
sync
xfs_io -c "reflink $mnt/f0 14036992 30658560 3485696" $mnt/f0
sync
xfs_io -c "dedupe $mnt/f0 23400448 0 10747904" $mnt/f0
xfs_io -c "pwrite -S 0x63 6705152 12017" $mnt/s2/f1
xfs_io -c "reflink $mnt/s1/f0 12374016 1933312 18735104" $mnt/s2/g0
xfs_io -c "pwrite -S 0x62 -b 1m 18392974 3m" $mnt/s2/g0
xfs_io -c "fzero 6660096 4k" $mnt/s2/f1
xfs_io -c "reflink $mnt/f1 6225920 32006144 464k" $mnt/s2/f1
xfs_io -c "falloc -k 23187456 6m" $mnt/s2/g0
xfs_io -c "pwrite -S 0x61 -b 1m 14979072 4m" -c "fdatasync" $mnt/s2/f1
xfs_io -c "pwrite -S 0x61 -b 1m 7835648 12m" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 -b 1m 20996096 11m" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x61 5617836 20k" $mnt/f0
xfs_io -c "falloc 8077312 4m" $mnt/f0
xfs_io -c "pwrite -b 1m 4648960 6m" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 864k 60k" -c "fsync" $mnt/f1
