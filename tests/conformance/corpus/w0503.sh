# extsim conformance workload, gen.py seed 503 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
sync
umount $mnt
mount $dev $mnt
xfs_io -f -c "truncate 1945288" $mnt/f0
rm $mnt/f0
btrfs subvolume snapshot -r $mnt/sv $mnt/s1
sync
xfs_io -f -c "reflink $mnt/sv/g0 0 18685952 4k" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "falloc -k 28893184 5m" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 24154112 48k" $mnt/sv/g0
xfs_io -c "fpunch 23486464 40k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 20639744 16826368 4k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 23425024 19427328 28k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 22110208 12k 12k" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 3768320 8k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 1986560 56k" $mnt/sv/g0
chattr +C $mnt/sv/g0
xfs_io -r -c "fiemap -v" $mnt/sv/g0
touch $mnt/f0
chattr +C $mnt/f0
xfs_io -c "pwrite -S 0x63 18268160 1881" -c "fsync" $mnt/sv/g0
xfs_io -f -c "falloc -k 21680128 9m" $mnt/f1
xfs_io -c "falloc -k 708k 60k" $mnt/f0
xfs_io -c "pwrite -S 0x62 20014253 24k" $mnt/f1
xfs_io -c "fzero -k 23437312 72k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 21721088 8k" $mnt/f1
xfs_io -c "pwrite -S 0x63 -b 1m 3031040 12m" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 8232960 16m" $mnt/f1
xfs_io -c "reflink $mnt/f1" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 10813440 5506" $mnt/f2
xfs_io -c "reflink $mnt/f0 22183936 5091328 988k" $mnt/sv/g0
rm $mnt/f0
xfs_io -c "truncate 24817664" $mnt/f1
sync
