# extsim conformance workload, gen.py seed 22 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
sync
xfs_io -f -c "pwrite -S 0xcd -b 1m 3330048 6m" -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 3026944 12k 28k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 4333568 0 5292032" $mnt/f0
xfs_io -f -c "pwrite 9543680 24k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 6868992 112k" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd 28680178 16k" -c "fsync" $mnt/sv/g0
xfs_io -c "truncate 11501568" $mnt/sv/g0
xfs_io -c "fzero -k 12832768 2206" $mnt/sv/g0
xfs_io -r -c "fiemap -v" $mnt/f0
sync
xfs_io -c "pwrite -S 0x63 30908908 20k" $mnt/f0
xfs_io -c "reflink $mnt/sv/g0 1855488 16m 4345856" $mnt/f0
xfs_io -c "pwrite -S 0x63 23482368 3123" $mnt/f0
xfs_io -c "reflink $mnt/f0" $mnt/f0
md5sum $mnt/f0
xfs_io -c "dedupe $mnt/sv/g0 5771264 12k 16k" $mnt/f0
rm -f $mnt/f0
xfs_io -c "fzero -k 25664262 60k" $mnt/sv/g0
xfs_io -c "falloc -k 10592100 8k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 -b 1m 488k 1m" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "fpunch 148k 16k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 -b 1m 17653760 6m" $mnt/sv/g0
chattr +C $mnt/sv/g0
xfs_io -c "fpunch 22003712 12k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 -b 1m 10256384 1m" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 6615040 132k" $mnt/sv/g0
xfs_io -c "truncate 876556" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g1" $mnt/sv/g1
xfs_io -c "falloc -k 104k 11m" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 832k 32k" $mnt/sv/g1
xfs_io -c "falloc -k 9310208 32k" $mnt/sv/g0
