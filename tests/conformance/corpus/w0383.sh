# extsim conformance workload, gen.py seed 383
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
sync
xfs_io -f -c "falloc 176k 3m" $mnt/f0
xfs_io -c "dedupe $mnt/f0 3100672 848k 8k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1724416 40k 32k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1101824 828k 2236416" $mnt/f0
xfs_io -f -c "pwrite 3260416 36k" $mnt/f0
xfs_io -c "falloc -k 304774 52k" $mnt/f0
xfs_io -c "fzero 2029425 48k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1032802 11876" $mnt/f0
xfs_io -c "pwrite -S 0xcd 284k 56k" -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 3117056 488k 188k" $mnt/f0
xfs_io -c "fpunch 528k 4371" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 2306048 8k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x62 980k 1439" $mnt/f0
xfs_io -c "dedupe $mnt/f0 496k 28k 32k" $mnt/f0
rm $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 24k 56k" $mnt/f0
xfs_io -c "fpunch 48k 168k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 52k 0 32k" $mnt/f0
xfs_io -c "fpunch 24k 124k" $mnt/f0
sync
xfs_io -f -c "falloc -k 964k 20k" $mnt/f1
xfs_io -c "fpunch 72k 48k" $mnt/f0
xfs_io -c "reflink $mnt/f1 0 212k 4k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x62 544k 208k" $mnt/f1
xfs_io -c "truncate 982255" $mnt/f0
xfs_io -c "falloc 492k 4k" $mnt/f1
xfs_io -c "fzero -k 708k 4m" $mnt/f1
xfs_io -f -c "reflink $mnt/f1 256k 688k 400k" $mnt/s1/g0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0x63 230818 168k" $mnt/s1/f1
xfs_io -c "pwrite -S 0x62 652k 148k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x62 716755 24k" $mnt/f0
md5sum $mnt/f0
xfs_io -c "dedupe $mnt/f1 728k 0 28k" $mnt/f0
xfs_io -c "reflink $mnt/f1 360k 504k 68k" $mnt/s1/f0
xfs_io -c "falloc -k 995688 4837" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 337020 44k" $mnt/f1
xfs_io -c "falloc -k 742777 76k" $mnt/s1/g0
xfs_io -c "falloc 556k 216k" $mnt/f1
xfs_io -c "fpunch 6780 44k" $mnt/s1/f1
xfs_io -c "fdatasync" $mnt/f1
xfs_io -c "falloc -k 608k 4204" $mnt/s1/f0
xfs_io -c "falloc 56k 40k" $mnt/f0
md5sum $mnt/f1
xfs_io -f -c "pwrite -S 0x63 1004k 1m" $mnt/s1/g1
xfs_io -c "falloc 700k 52k" $mnt/f1
xfs_io -c "fpunch 284k 16k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "pwrite 816k 32k" -c "fdatasync" $mnt/f1
xfs_io -c "falloc 244k 20k" $mnt/s1/f1
xfs_io -c "falloc 452k 4k" $mnt/s1/f1
xfs_io -c "dedupe $mnt/s1/f1 176k 48k 32k" $mnt/f0
xfs_io -c "truncate 664k" $mnt/f1
sync
xfs_io -f -c "pwrite -S 0x62 432k 40k" $mnt/f0
