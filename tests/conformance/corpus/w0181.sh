# extsim conformance workload, gen.py seed 181
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc -k 1912832 32k" $mnt/f0
xfs_io -c "pwrite -S 0x63 1527808 52k" $mnt/f0
xfs_io -f -c "falloc 1581056 32k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "fdatasync" $mnt/f1
xfs_io -c "pwrite -S 0x61 921589 52k" $mnt/f0
xfs_io -c "fzero 572k 76k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 1531904 1488352 3861" $mnt/f1
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0x61 304k 8k" $mnt/f1
xfs_io -c "falloc 16k 60k" $mnt/f1
xfs_io -c "pwrite -S 0x61 1961984 8k" $mnt/f0
xfs_io -c "falloc -k 392k 176k" $mnt/f1
sync
xfs_io -f -c "pwrite -S 0x63 479126 64k" $mnt/f1
xfs_io -c "falloc 1365674 44k" $mnt/f0
xfs_io -c "reflink $mnt/f1 1449984 1474560 16k" $mnt/f1
xfs_io -f -c "truncate 1665198" $mnt/f2
xfs_io -c "falloc 440k 4m" $mnt/f2
xfs_io -c "fzero -k 4142643 1m" $mnt/f2
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "fzero 624993 100k" $mnt/f1
xfs_io -c "falloc -k 3596288 240k" $mnt/f2
xfs_io -c "truncate 56k" $mnt/f1
xfs_io -c "pwrite -S 0x62 1470464 8k" $mnt/f1
rm $mnt/f2
xfs_io -c "fdatasync" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 -b 1m 499115 3m" $mnt/f1
xfs_io -c "falloc 1675264 64k" $mnt/f0
touch $mnt/f2
chattr +C $mnt/f2
rm $mnt/f1
xfs_io -f -c "pwrite 932k 8k" $mnt/f2
xfs_io -c "reflink $mnt/f2 184k 764k 636k" $mnt/f2
xfs_io -f -c "pwrite 1659485 56k" $mnt/f1
xfs_io -c "pwrite -S 0x62 616k 5505" $mnt/f2
xfs_io -c "reflink $mnt/f1 148k 780k 1569373" $mnt/f0
chattr +C $mnt/f2
sync
xfs_io -c "reflink $mnt/f1 60k 928k 228k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 123765 56k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 788k 60k" -c "fsync" $mnt/f3
xfs_io -c "fpunch 898093 68k" $mnt/f2
xfs_io -c "fpunch 892827 32k" $mnt/f2
xfs_io -c "dedupe $mnt/f2 148k 136k 28k" $mnt/f2
xfs_io -c "pwrite -S 0xcd 1204224 4213" $mnt/f1
xfs_io -c "dedupe $mnt/f0 1m 0 904k" $mnt/f1
xfs_io -f -c "falloc 1921024 1383" $mnt/f4
xfs_io -c "fpunch 104k 52k" $mnt/f3
xfs_io -c "pwrite -S 0xcd 784k 100k" $mnt/f4
xfs_io -f -c "truncate 740k" $mnt/f5
xfs_io -c "dedupe $mnt/f3 584k 44k 24k" $mnt/f0
xfs_io -c "dedupe $mnt/f4 1421312 24k 4k" $mnt/f0
xfs_io -c "reflink $mnt/f4 976k 1318912 772k" $mnt/f1
xfs_io -c "falloc 96k 32k" $mnt/f1
xfs_io -c "reflink $mnt/f1 820k 1822720 1282048" $mnt/f4
xfs_io -r -c "fiemap -v" $mnt/f3
rm -f $mnt/f3
xfs_io -c "dedupe $mnt/f1 76k 40k 12k" $mnt/f0
xfs_io -c "falloc -k 1634304 40k" $mnt/f5
xfs_io -c "falloc -k 256k 11827" $mnt/f5
xfs_io -c "truncate 8k" $mnt/f4
xfs_io -c "fdatasync" $mnt/f5
