# extsim conformance workload, gen.py seed 478
mkfs.btrfs -f $dev -b 256m > /dev/null
mount -o nodatacow $dev $mnt
xfs_io -f -c "pwrite -S 0x63 5218304 4k" $mnt/f0
xfs_io -c "fpunch 1867776 44k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 5029888 3858432 80k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 3436544 4k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 2179072 0 28k" $mnt/f0
xfs_io -c "pwrite -S 0x62 4141056 60k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 964k 20k 32k" $mnt/f0
xfs_io -c "pwrite -S 0x62 2854912 40k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 7544832 36k" -c "fdatasync" $mnt/f0
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -f -c "pwrite -S 0x63 1096775 128k" $mnt/f2
md5sum $mnt/f0
xfs_io -f -c "pwrite 432k 28k" $mnt/f2
xfs_io -r -c "fiemap -v" $mnt/f1
chattr +C $mnt/f1
xfs_io -f -c "pwrite -S 0x62 364k 20k" $mnt/f3
xfs_io -c "pwrite 328k 36k" $mnt/f3
xfs_io -c "fsync" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 5984256 188k" $mnt/f4
xfs_io -f -c "pwrite -S 0x63 108k 236k" $mnt/f2
xfs_io -f -c "reflink $mnt/f2 16k 2330624 412k" $mnt/f5
xfs_io -c "falloc 2138112 4084" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "pwrite -S 0x61 6377472 116k" $mnt/f0
xfs_io -c "pwrite -S 0x62 932693 32k" $mnt/f5
xfs_io -f -c "pwrite -S 0x61 5974002 4k" $mnt/f6
xfs_io -c "truncate 2994176" $mnt/f1
sync
xfs_io -c "reflink $mnt/f3 160k 6504448 148k" $mnt/f3
sync
xfs_io -c "pwrite -S 0x62 572k 16k" -c "fdatasync" $mnt/f2
xfs_io -c "falloc -k 5693440 40k" $mnt/f4
xfs_io -c "pwrite -S 0x61 1257472 8k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 472k 32k 24k" $mnt/f0
xfs_io -c "fsync" $mnt/f4
xfs_io -c "fsync" $mnt/f5
xfs_io -c "falloc 972931 32k" $mnt/f6
xfs_io -c "truncate 7970816" $mnt/f4
xfs_io -c "pwrite -S 0x63 840k 64k" $mnt/f2
xfs_io -c "pwrite -S 0x63 5582848 168k" $mnt/f2
xfs_io -c "fpunch 3025316 64k" $mnt/f0
xfs_io -c "pwrite -S 0x62 5954745 212k" -c "fdatasync" $mnt/f3
xfs_io -c "reflink $mnt/f0 4333568 1990656 1359872" $mnt/f0
xfs_io -c "falloc 2398272 140k" $mnt/f1
