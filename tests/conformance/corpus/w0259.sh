# extsim conformance workload, gen.py seed 259
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 332k 5975" $mnt/f0
xfs_io -c "dedupe $mnt/f0 88k 12k 12k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 100k 2011136 0" $mnt/f1
xfs_io -c "pwrite -S 0xcd 2116816 108k" -c "fsync" $mnt/f1
xfs_io -c "fpunch 840k 236k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 1957888 200k 176k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 387881 60k" $mnt/f1
xfs_io -c "fsync" $mnt/f1
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -c "truncate 1650078" $mnt/f2
xfs_io -c "truncate 134148" $mnt/f0
xfs_io -c "dedupe $mnt/f2 156k 0 1494430" $mnt/f0
xfs_io -c "dedupe $mnt/f0 56k 0 80900" $mnt/f1
chattr +C $mnt/f0
xfs_io -c "pwrite -S 0x62 12k 7479" $mnt/f0
xfs_io -c "falloc 60k 204k" $mnt/f2
xfs_io -c "pwrite -S 0x63 300k 132k" $mnt/f2
xfs_io -c "dedupe $mnt/f1 1662976 32k 12k" $mnt/f0
xfs_io -c "reflink $mnt/f2 936k 1318912 695710" $mnt/f2
xfs_io -f -c "truncate 1986560" $mnt/f3
xfs_io -c "pwrite -S 0x62 927717 120k" $mnt/f2
xfs_io -c "pwrite -S 0x61 1175552 12k" $mnt/f2
xfs_io -c "falloc -k 800k 28k" $mnt/f2
xfs_io -c "fpunch 1261568 56k" $mnt/f3
xfs_io -c "falloc -k 1020k 64k" $mnt/f1
xfs_io -c "pwrite -S 0x63 1519616 16k" -c "fdatasync" $mnt/f3
xfs_io -f -c "pwrite -S 0x61 1802240 36k" $mnt/f4
