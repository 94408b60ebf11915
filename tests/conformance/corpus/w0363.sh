# extsim conformance workload, gen.py seed 363 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x63 -b 1m 28250112 8m" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd 9203712 44k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 -b 1m 11579392 4m" $mnt/f0
xfs_io -c "pwrite -S 0x62 25604217 5627" -c "fdatasync" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "falloc 15310848 44k" $mnt/f0
chattr +C $mnt/f0
chattr +C $mnt/f0
xfs_io -c "falloc 13358645 52k" $mnt/f0
xfs_io -c "pwrite -S 0x61 15818752 4174" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 21200896 10m" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0xcd -b 1m 9334784 5m" -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 8056832 8937472 23633920" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 4669440 5652" $mnt/f0
xfs_io -c "pwrite -S 0xcd 4509696 56k" $mnt/sv/g0
xfs_io -f -c "reflink $mnt/sv/g0 10770113 3334144 12k" $mnt/f1
rm $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 26345472 36k" $mnt/f1
xfs_io -c "pwrite 20094976 4k" -c "fdatasync" $mnt/f0
xfs_io -c "fpunch 6754304 48k" $mnt/f0
xfs_io -c "reflink $mnt/f0" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "falloc -k 11923456 204k" $mnt/f1
sync
xfs_io -f -c "reflink $mnt/f0 13541376 31883264 18149376" $mnt/f2
xfs_io -f -c "reflink $mnt/f2 4k 648k 4k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/f0 23814144 14598144 4k" $mnt/f0
xfs_io -c "truncate 8437760" $mnt/f2
xfs_io -c "pwrite -S 0x62 -b 1m 12795904 16m" -c "fsync" $mnt/sv/g0
touch $mnt/f3
chattr +C $mnt/f3
xfs_io -c "falloc 2498560 8m" $mnt/f3
xfs_io -c "pwrite 7255430 2016" $mnt/f1
xfs_io -c "falloc 6427467 10m" $mnt/f3
xfs_io -c "pwrite -S 0x62 8876032 8k" $mnt/f1
xfs_io -f -c "reflink $mnt/f3 15355904 24109056 1004k" $mnt/sv/g1
chattr +C $mnt/sv/g1
xfs_io -c "fpunch 15472477 2692" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 -b 1m 28684288 10m" -c "fdatasync" $mnt/sv/g0
xfs_io -c "truncate 25776128" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 10715136 24k" -c "fdatasync" $mnt/f3
xfs_io -c "reflink $mnt/f2 3813376 16945152 4083712" $mnt/f3
xfs_io -c "pwrite -S 0xcd 24000300 2565" -c "fsync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 -b 1m 21266432 1m" -c "fsync" $mnt/f1
xfs_io -c "dedupe $mnt/f1 12926976 10756096 32k" $mnt/f0
xfs_io -c "dedupe $mnt/f3 6139904 6139904 24k" $mnt/f3
chattr +C $mnt/sv/g1
xfs_io -c "dedupe $mnt/f0 7516160 44k 12k" $mnt/f0
xfs_io -f -c "reflink $mnt/f1 2465792 1282048 11911168" $mnt/f4
xfs_io -c "pwrite 2882812 44k" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd 2306048 16k" $mnt/f4
xfs_io -c "dedupe $mnt/sv/g0 11214848 13697024 104k" $mnt/sv/g1
xfs_io -c "fzero 18636800 24k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 5529600 13m" $mnt/f2
xfs_io -c "pwrite -S 0xcd 5021696 64k" -c "fsync" $mnt/f2
xfs_io -c "fzero -k 13326635 40k" $mnt/sv/g0
xfs_io -c "fsync" $mnt/f2
xfs_io -c "reflink $mnt/f3 20267008 7462912 0" $mnt/f2
xfs_io -c "truncate 22228992" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0xcd -b 1m 6303744 3m" $mnt/sv/g1
xfs_io -c "fdatasync" $mnt/f1
md5sum $mnt/sv/g1
xfs_io -c "truncate 10795826" $mnt/f3
xfs_io -c "falloc 7047542 4k" $mnt/f1
xfs_io -c "pwrite 4325376 112k" $mnt/f2
