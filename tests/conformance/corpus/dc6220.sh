# extsim conformance workload, gen.py seed 6220 --drop-caches 0.08 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x61 21664887 236k" -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 20234240 792k 824k" $mnt/f0
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "reflink $mnt/f0 13512704 13840384 5029888" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 5677056 21884928 3043328" $mnt/f1
xfs_io -c "pwrite -S 0xcd 4545739 20k" $mnt/f0
xfs_io -c "reflink $mnt/f1 7286784 1081344 8642560" $mnt/f1
sync
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "reflink $mnt/f1 17809408 8187904 7122944" $mnt/f1
xfs_io -c "dedupe $mnt/f0 12468224 2068480 24k" $mnt/f0
xfs_io -c "fpunch 9392128 1m" $mnt/f1
xfs_io -c "dedupe $mnt/f1 7229440 0 17702912" $mnt/f1
sync
echo 2 > /proc/sys/vm/drop_caches
umount $mnt
mount $dev $mnt
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "reflink $mnt/s1/f1 24424448 24264704 48k" $mnt/f1
xfs_io -c "falloc 22692620 32k" $mnt/f1
xfs_io -c "falloc -k 13950047 2m" $mnt/s1/f0
xfs_io -f -c "falloc 14516224 2397" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 12492800 48k" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd -b 1m 7630848 9m" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "reflink $mnt/f1 19456000 4182016 4538368" $mnt/s1/f0
xfs_io -c "fsync" $mnt/s1/f1
xfs_io -c "pwrite -S 0x63 4759552 36k" -c "fdatasync" $mnt/f1
xfs_io -c "reflink $mnt/s1/g0 11919360 21569536 1503232" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 19320832 14m" $mnt/f0
xfs_io -c "pwrite 7541930 56k" $mnt/s1/g0
xfs_io -f -c "pwrite 25804800 8k" -c "fdatasync" $mnt/f0
sync
echo 1 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite -S 0x63 -b 1m 10805248 6m" $mnt/f1
xfs_io -c "fzero -k 28819456 56k" $mnt/f0
xfs_io -c "pwrite -b 1m 1855488 13m" $mnt/f0
xfs_io -c "pwrite -S 0x61 29167616 168k" $mnt/f0
xfs_io -c "reflink $mnt/s1/g0 5455872 17526784 8691712" $mnt/f1
xfs_io -c "fpunch 2179072 228k" $mnt/s1/f1
xfs_io -r -c "fiemap -v" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x61 19894272 56k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 4843848 4872" $mnt/s1/g0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "falloc -k 23748608 7008" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 -b 1m 11583488 3m" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 1253212 244k" $mnt/s1/g0
xfs_io -c "reflink $mnt/f0" $mnt/s1/f0
xfs_io -c "dedupe $mnt/sv/g0 4366336 64k 16k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 14405632 396k 9740288" $mnt/sv/g0
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "falloc 18616320 44k" $mnt/s1/f1
sync
xfs_io -c "fdatasync" $mnt/f1
xfs_io -c "pwrite -S 0x62 14114816 200k" $mnt/s1/g0
xfs_io -c "fsync" $mnt/f1
xfs_io -c "reflink $mnt/f1 23851008 32985088 1826816" $mnt/s1/f0
xfs_io -c "truncate 30015488" $mnt/s1/g0
rm -f $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 3178496 19648512 16k" $mnt/f1
umount $mnt
mount $dev $mnt
