# extsim conformance workload, gen.py seed 312 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount -o nodatacow $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x62 29598916 44k" -c "fdatasync" $mnt/f0
umount $mnt
mount -o nodatacow $dev $mnt
md5sum $mnt/f0
btrfs subvolume snapshot -r $mnt/sv $mnt/s1
xfs_io -c "falloc -k 1024565 10m" $mnt/f0
xfs_io -c "pwrite -S 0x61 12951552 24k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 32514048 7m" $mnt/f0
sync
sync
xfs_io -c "truncate 39597974" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 -b 1m 22360064 8m" $mnt/f1
xfs_io -c "falloc 13221888 7m" $mnt/f0
xfs_io -c "dedupe $mnt/f1 30339072 22380544 8k" $mnt/f1
xfs_io -c "pwrite -S 0x62 18587648 36k" $mnt/f1
xfs_io -c "reflink $mnt/f1 21794816 17158144 648k" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 22470656 176k" -c "fsync" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 -b 1m 32387072 13m" $mnt/sv/g0
xfs_io -c "dedupe $mnt/f1 4243456 0 4k" $mnt/f0
btrfs subvolume snapshot -r $mnt/sv $mnt/s2
xfs_io -c "dedupe $mnt/f0 24928256 0 24k" $mnt/sv/g0
xfs_io -c "falloc 18632704 11m" $mnt/f1
xfs_io -c "pwrite -S 0x62 23301912 36k" $mnt/f1
xfs_io -f -c "falloc 13991311 64k" $mnt/f2
xfs_io -c "fzero -k 33734656 52k" $mnt/sv/g0
xfs_io -f -c "pwrite 27602944 168k" $mnt/f1
xfs_io -c "dedupe $mnt/sv/g0 34480128 34484224 28k" $mnt/sv/g0
xfs_io -c "reflink $mnt/f0 25493504 15007744 8794112" $mnt/sv/g0
xfs_io -c "fdatasync" $mnt/sv/g0
xfs_io -c "dedupe $mnt/f2 6840320 20k 8k" $mnt/f0
xfs_io -c "pwrite -S 0x61 4083712 64k" $mnt/f2
xfs_io -c "pwrite -S 0x62 35618816 6176" -c "fdatasync" $mnt/f0
xfs_io -f -c "falloc 19734528 64k" $mnt/sv/g1
xfs_io -f -c "pwrite -b 1m 32047104 1m" $mnt/sv/g2
xfs_io -c "pwrite -S 0x63 -b 1m 2400256 9m" $mnt/sv/g2
xfs_io -c "fdatasync" $mnt/sv/g2
xfs_io -c "dedupe $mnt/f1 25812992 17756160 20k" $mnt/f1
xfs_io -c "fsync" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 39415808 200k" $mnt/f0
xfs_io -c "pwrite 7323648 4k" $mnt/f2
xfs_io -f -c "reflink $mnt/s2/g0 1236992 16412672 44789760" $mnt/sv/g3
xfs_io -c "dedupe $mnt/sv/g2 9977856 9973760 12k" $mnt/sv/g2
md5sum $mnt/sv/g3
xfs_io -c "dedupe $mnt/sv/g1 12341248 24k 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 20049920 52k" $mnt/sv/g2
xfs_io -c "pwrite -S 0x61 27368592 40k" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 -b 1m 6107136 13m" $mnt/f3
xfs_io -c "pwrite -S 0x62 13381632 56k" $mnt/f3
xfs_io -c "pwrite -S 0x62 -b 1m 24838144 5m" $mnt/f1
xfs_io -c "reflink $mnt/sv/g0" $mnt/sv/g2
xfs_io -c "fsync" $mnt/sv/g0
umount $mnt
mount -o nodatacow $dev $mnt
xfs_io -c "falloc 17399904 252k" $mnt/f1
xfs_io -c "dedupe $mnt/sv/g2 2457600 0 4k" $mnt/sv/g3
xfs_io -r -c "fiemap -v" $mnt/f2
chattr +C $mnt/sv/g2
xfs_io -f -c "pwrite 4308992 20k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 25571328 44k" $mnt/sv/g2
xfs_io -c "reflink $mnt/s2/g0 23441408 24444928 22581248" $mnt/f1
xfs_io -c "truncate 25632768" $mnt/sv/g1
xfs_io -c "fpunch 42635264 3414" $mnt/sv/g2
xfs_io -c "truncate 7905280" $mnt/f3
xfs_io -f -c "pwrite -S 0x63 31989760 9320" $mnt/sv/g4
xfs_io -c "falloc 9752576 52k" $mnt/sv/g3
