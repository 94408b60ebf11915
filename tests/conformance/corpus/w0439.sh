# extsim conformance workload, gen.py seed 439
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc 1149726 196k" $mnt/f0
xfs_io -f -c "truncate 342581" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "fsync" $mnt/f1
sync
xfs_io -c "pwrite 568k 16k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 1301272 2m" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 568k 232k" $mnt/f1
xfs_io -c "pwrite -S 0x61 1216534 36k" $mnt/f0
xfs_io -c "falloc 104k 48k" $mnt/f0
xfs_io -c "falloc 1249280 64k" $mnt/f0
sync
xfs_io -c "reflink $mnt/f1 1175552 252k 2226968" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 1220608 16k" $mnt/f2
xfs_io -c "fpunch 532k 8k" $mnt/f0
xfs_io -f -c "falloc 1142784 12k" $mnt/f3
xfs_io -f -c "pwrite -S 0xcd 504k 6886" $mnt/f2
xfs_io -c "falloc -k 608k 48k" $mnt/f3
xfs_io -c "falloc 863794 44k" $mnt/f3
xfs_io -c "pwrite -S 0x61 956k 208k" -c "fdatasync" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 1683456 36k" $mnt/f4
xfs_io -c "truncate 136321" $mnt/f1
xfs_io -c "falloc 32k 44k" $mnt/f1
xfs_io -c "reflink $mnt/f1 116k 728k 20k" $mnt/f2
xfs_io -c "pwrite -S 0x63 756k 256k" $mnt/f2
xfs_io -c "fsync" $mnt/f2
xfs_io -c "fpunch 2014193 64k" $mnt/f2
xfs_io -f -c "pwrite -b 1m 680700 2m" $mnt/f3
xfs_io -c "pwrite -S 0x63 1306624 36k" $mnt/f4
xfs_io -c "fsync" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 1064960 4063" $mnt/f2
chattr +C $mnt/f2
xfs_io -f -c "pwrite 1691648 44k" $mnt/f5
xfs_io -c "pwrite -S 0x61 189002 88k" -c "fsync" $mnt/f5
xfs_io -f -c "pwrite -S 0xcd 906524 12k" $mnt/f4
xfs_io -c "reflink $mnt/f4 1355776 1241088 180k" $mnt/f4
xfs_io -c "falloc 68k 200k" $mnt/f1
xfs_io -c "falloc -k 1470464 136k" $mnt/f1
xfs_io -c "fzero 72k 48k" $mnt/f5
xfs_io -f -c "pwrite -S 0x62 996k 120k" -c "fsync" $mnt/f5
xfs_io -c "fzero -k 112k 20k" $mnt/f5
xfs_io -c "falloc -k 1686113 236k" $mnt/f3
xfs_io -r -c "fiemap -v" $mnt/f2
xfs_io -c "pwrite -S 0x61 1200128 116k" $mnt/f4
xfs_io -c "pwrite 876k 196k" $mnt/f2
xfs_io -f -c "falloc 912k 236k" $mnt/f6
xfs_io -f -c "pwrite -S 0x63 972k 224k" $mnt/f0
sync
sync
