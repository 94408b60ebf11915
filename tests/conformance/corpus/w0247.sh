# extsim conformance workload, gen.py seed 247
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
sync
xfs_io -f -c "truncate 692k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 548k 12k 16k" $mnt/f0
xfs_io -c "falloc -k 404k 160k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "fpunch 56k 44k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 636k 200k" $mnt/f0
sync
xfs_io -c "pwrite -S 0x63 64k 2154" -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1146880 1080" $mnt/f1
xfs_io -c "reflink $mnt/f0 756k 356k 76k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 1839104 56k" $mnt/f2
xfs_io -c "fpunch 467168 16k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 455345 12k" $mnt/f2
xfs_io -c "reflink $mnt/f0" $mnt/f1
xfs_io -c "fpunch 1675264 4k" $mnt/f2
xfs_io -c "falloc 332k 4m" $mnt/f0
xfs_io -c "truncate 60k" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 3911680 52k" $mnt/f0
rm $mnt/f2
xfs_io -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0x62 3588096 4k" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "pwrite -S 0x61 1594096 68k" -c "fsync" $mnt/f1
xfs_io -c "truncate 1009464" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "truncate 856k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 1363968 0 303856" $mnt/f1
xfs_io -c "falloc 1401372 148k" $mnt/f1
xfs_io -c "falloc 174990 212k" $mnt/f1
sync
rm -f $mnt/f1
xfs_io -c "reflink $mnt/f0 372k 560k 20k" $mnt/f0
xfs_io -c "pwrite -S 0x62 32k 16k" $mnt/f0
xfs_io -c "pwrite -S 0x63 280405 6602" $mnt/f0
xfs_io -c "truncate 788k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 144k 16k" $mnt/f0
md5sum $mnt/f0
xfs_io -c "reflink $mnt/f0 512k 504k 12k" $mnt/f0
xfs_io -c "pwrite 588k 60k" $mnt/f0
xfs_io -c "pwrite -S 0x63 356k 60k" -c "fdatasync" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "falloc -k 1888256 44k" $mnt/f1
xfs_io -c "dedupe $mnt/s1/f0 528k 108k 24k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "reflink $mnt/f1 0 1343488 4k" $mnt/f1
xfs_io -c "reflink $mnt/f0 12k 664k 160k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0xcd 1638400 8k" $mnt/f1
rm $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 128k 0 700k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 84k 8k" $mnt/s1/g0
xfs_io -c "falloc 1490944 164k" $mnt/f1
