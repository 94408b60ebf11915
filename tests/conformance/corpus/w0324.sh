# extsim conformance workload, gen.py seed 324 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 -b 1m 12488704 12m" $mnt/f0
xfs_io -c "truncate 6637492" $mnt/f0
xfs_io -c "reflink $mnt/f0" $mnt/f0
xfs_io -c "falloc -k 3567616 10m" $mnt/f0
md5sum $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 2797568 2m" $mnt/f0
xfs_io -c "falloc 2670592 9m" $mnt/f0
xfs_io -c "pwrite -S 0x62 1441792 60k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 12070912 56k" -c "fsync" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 6000640 5m" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 5087232 15m" $mnt/f0
xfs_io -c "pwrite -S 0x63 9453568 20k" $mnt/f0
md5sum $mnt/f0
xfs_io -c "fpunch 20166530 2m" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 7634944 156k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 18038784 5087232 4k" $mnt/f0
sync
xfs_io -f -c "falloc 15388672 56k" $mnt/f1
xfs_io -c "reflink $mnt/f1 10567680 11882496 3375104" $mnt/f0
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -f -c "pwrite -S 0x61 -b 1m 9334784 3m" -c "fdatasync" $mnt/f1
xfs_io -c "pwrite -S 0x63 -b 1m 7237632 11m" -c "fdatasync" $mnt/f0
xfs_io -c "truncate 23064576" $mnt/f2
xfs_io -c "dedupe $mnt/f0 6553600 0 14266368" $mnt/f1
xfs_io -c "falloc -k 6854802 4m" $mnt/f2
xfs_io -c "fzero -k 19188278 1m" $mnt/f2
xfs_io -c "reflink $mnt/f2 20992000 33447936 2084864" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "dedupe $mnt/f2 7421952 14393344 8k" $mnt/f1
xfs_io -c "falloc 13811712 3395" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 10178560 1m" $mnt/f1
xfs_io -c "falloc 33091584 1m" $mnt/s1/f0
xfs_io -c "fzero -k 26046204 124k" $mnt/s1/f0
xfs_io -c "reflink $mnt/f2 7331840 4722688 3039232" $mnt/f2
xfs_io -c "pwrite -S 0xcd 912k 32k" $mnt/s1/f2
xfs_io -c "dedupe $mnt/s1/f2 10047488 16k 24k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 13725696 208k" $mnt/s1/f2
xfs_io -c "pwrite -S 0x61 17230779 20k" $mnt/f2
xfs_io -c "reflink $mnt/s1/f2 10760192 104k 32k" $mnt/s1/f2
xfs_io -c "falloc 10178560 196k" $mnt/s1/f2
xfs_io -c "fzero -k 13475840 7393" $mnt/s1/f2
xfs_io -c "reflink $mnt/s1/f0 33976320 28385280 172k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 16879616 88k" $mnt/s1/f2
xfs_io -f -c "pwrite 8348248 24k" $mnt/f3
xfs_io -c "reflink $mnt/s1/f2 10174464 6914048 10407936" $mnt/s1/f0
xfs_io -f -c "reflink $mnt/f0 12107776 7503872 8716288" $mnt/f4
xfs_io -c "fdatasync" $mnt/f4
xfs_io -c "fpunch 7360512 36k" $mnt/s1/f1
xfs_io -c "fpunch 6205440 12k" $mnt/s1/f2
touch $mnt/s1/g0
chattr +C $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 7950336 36k" $mnt/f3
xfs_io -c "truncate 15749120" $mnt/f2
xfs_io -c "reflink $mnt/s1/f2 15835136 31285248 2924544" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x62 -b 1m 1536000 1m" $mnt/f3
xfs_io -c "dedupe $mnt/s1/f1 13348864 13344768 20k" $mnt/s1/f1
xfs_io -f -c "reflink $mnt/s1/g0 33792000 21417984 368k" $mnt/f5
xfs_io -c "reflink $mnt/s1/f2 5775360 12984320 17281024" $mnt/s1/f2
xfs_io -r -c "fiemap -v" $mnt/f5
