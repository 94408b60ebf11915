# extsim conformance workload, gen.py seed 310 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 27m 13165775 148k" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 26836992 10m" $mnt/f0
xfs_io -c "pwrite -b 1m 32018432 12m" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 40865792 40882176 8k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
md5sum $mnt/s1/f0
xfs_io -c "dedupe $mnt/f0 3493888 44k 20k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 37998592 12m" $mnt/s1/f0
rm $mnt/s1/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0x62 4106316 68k" $mnt/f0
xfs_io -c "truncate 25571328" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "reflink $mnt/f0 13774848 3358720 4632576" $mnt/f0
xfs_io -c "fzero 9444377 9660" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 18653184 112k" $mnt/f0
sync
xfs_io -c "dedupe $mnt/f0 808k 0 24748032" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fpunch 5126680 68k" $mnt/f0
xfs_io -c "fpunch 5086709 44k" $mnt/f0
xfs_io -c "fzero -k 19929518 24k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -r -c "fiemap -v" $mnt/s2/f0
xfs_io -c "pwrite -S 0xcd 10096640 32k" $mnt/f0
touch $mnt/s2/g1
chattr +C $mnt/s2/g1
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/s2/g1 13512704 13524992 24k" $mnt/s2/g1
xfs_io -f -c "pwrite -S 0x61 -b 1m 3874816 16m" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s3
sync
xfs_io -c "pwrite -S 0x61 -b 1m 23691264 2m" -c "fsync" $mnt/s2/f0
xfs_io -f -c "pwrite -S 0x63 4106902 56k" -c "fdatasync" $mnt/s2/g0
xfs_io -c "pwrite -S 0x63 17735680 4926" $mnt/s2/f0
sync
md5sum $mnt/s2/f0
xfs_io -c "fsync" $mnt/s2/g0
xfs_io -c "fpunch 892k 60k" $mnt/s2/f0
xfs_io -c "fdatasync" $mnt/s3/f0
xfs_io -f -c "pwrite 4878336 12k" $mnt/s2/g1
xfs_io -c "reflink $mnt/s2/g0 3915776 23085056 0" $mnt/s3/f0
xfs_io -c "fpunch 23859723 44k" $mnt/s3/f0
xfs_io -c "reflink $mnt/s3/f0 4329472 20606976 3104768" $mnt/f0
xfs_io -c "pwrite -S 0x62 18239488 20k" $mnt/s3/f0
xfs_io -c "falloc -k 3658019 28k" $mnt/f0
xfs_io -f -c "reflink $mnt/s2/g0 308k 29884416 3857046" $mnt/s3/g0
umount $mnt
mount $dev $mnt
xfs_io -c "reflink $mnt/s3/f0 23543808 13877248 604k" $mnt/s2/g0
xfs_io -c "dedupe $mnt/s2/g1 3055616 32k 8k" $mnt/f0
xfs_io -c "fdatasync" $mnt/s2/g0
xfs_io -f -c "pwrite -S 0x62 2093056 12081" $mnt/s2/g1
xfs_io -c "falloc 9124443 3m" $mnt/s2/g0
xfs_io -c "truncate 8753152" $mnt/s2/g0
xfs_io -f -c "pwrite -b 1m 14843904 13m" $mnt/f0
xfs_io -c "truncate 14277286" $mnt/f0
xfs_io -c "fpunch 15014664 16k" $mnt/s3/f0
xfs_io -f -c "falloc 19361075 32k" $mnt/s1/g0
