# extsim conformance workload, gen.py seed 330 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x61 -b 1m 28479488 1m" -c "fsync" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 28856320 27000832 536k" $mnt/f1
xfs_io -c "pwrite -S 0x63 400k 6400" $mnt/f1
xfs_io -f -c "pwrite 27906048 5783" $mnt/sv/g0
sync
xfs_io -c "reflink $mnt/f0 14938112 26903583 9301" $mnt/sv/g0
xfs_io -c "falloc -k 8437760 16k" $mnt/f0
xfs_io -c "reflink $mnt/f0 25444352 8237056 1662976" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 1048194 3m" $mnt/sv/g0
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "falloc -k 25788416 4m" $mnt/sv/g0
xfs_io -c "fpunch 19264105 56k" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd 19066880 152k" $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x62 -b 1m 6041600 2m" $mnt/f2
xfs_io -c "falloc 24567808 14m" $mnt/f0
xfs_io -c "dedupe $mnt/f2 2039808 44k 12k" $mnt/f0
xfs_io -c "truncate 8077312" $mnt/sv/g0
xfs_io -c "fpunch 11046912 1m" $mnt/f0
xfs_io -c "reflink $mnt/sv/g0 13115392 2088960 8k" $mnt/sv/g0
xfs_io -c "falloc -k 24739840 9m" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 5156864 152k" $mnt/f2
xfs_io -c "reflink $mnt/f0 8196096 6012928 31055872" $mnt/sv/g0
xfs_io -c "fpunch 4993024 20k" $mnt/f1
xfs_io -f -c "falloc -k 20609565 9m" $mnt/sv/g1
xfs_io -c "truncate 11060663" $mnt/f0
xfs_io -c "fpunch 3436544 40k" $mnt/sv/g1
xfs_io -f -c "falloc 11145216 44k" $mnt/f3
umount $mnt
mount $dev $mnt
xfs_io -c "reflink $mnt/f0 9641984 2621440 1404928" $mnt/f2
xfs_io -c "pwrite -S 0x63 -b 1m 1662976 13m" -c "fdatasync" $mnt/sv/g1
xfs_io -f -c "pwrite 32673792 12k" $mnt/f0
sync
xfs_io -c "pwrite -S 0x61 20353024 6467" $mnt/f0
xfs_io -c "falloc 9347072 13m" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 17092608 28k" $mnt/f4
xfs_io -c "truncate 9375744" $mnt/f3
xfs_io -c "pwrite 1273856 8k" -c "fdatasync" $mnt/f3
rm $mnt/sv/g1
xfs_io -c "reflink $mnt/f1" $mnt/f1
xfs_io -c "falloc 8810496 4k" $mnt/f3
xfs_io -f -c "pwrite -S 0x63 -b 1m 19005440 10m" $mnt/f3
xfs_io -f -c "falloc -k 7958528 13m" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x62 -b 1m 9420800 8m" $mnt/f4
md5sum $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 4534272 20k 20k" $mnt/f0
xfs_io -c "truncate 2431576" $mnt/sv/g0
xfs_io -c "falloc 13922304 16k" $mnt/f4
xfs_io -c "fpunch 6586368 20k" $mnt/f1
rm $mnt/f0
xfs_io -c "falloc 22659072 60k" $mnt/sv/g0
sync
xfs_io -f -c "pwrite 33222656 40k" $mnt/sv/g2
xfs_io -f -c "pwrite -S 0x62 1547189 16k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1675264 3m" $mnt/f5
xfs_io -c "reflink $mnt/f3 16457728 28270592 12128256" $mnt/f4
rm $mnt/sv/g2
xfs_io -c "fdatasync" $mnt/f3
xfs_io -c "pwrite -S 0x63 688k 8k" $mnt/f0
md5sum $mnt/f4
btrfs subvolume snapshot $mnt/sv $mnt/s1
btrfs subvolume snapshot -r $mnt $mnt/s2
