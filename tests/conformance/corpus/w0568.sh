# extsim conformance workload, gen.py seed 568 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x61 28852224 148k" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 22560768 14m" -c "fsync" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x62 812k 176k" $mnt/sv/g0
xfs_io -c "reflink $mnt/s1/f0 26148864 22118400 3694592" $mnt/f0
xfs_io -c "pwrite -S 0x63 10227625 52k" $mnt/sv/g0
xfs_io -c "pwrite -b 1m 35049472 15m" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 33656832 56k" $mnt/s1/f0
xfs_io -c "falloc -k 3825664 76k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 3366912 5992" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0xcd 32325632 200k" $mnt/f0
md5sum $mnt/sv/g0
xfs_io -c "pwrite -b 1m 10604544 10m" $mnt/s1/f0
xfs_io -c "pwrite -S 0xcd -b 1m 4976640 2m" $mnt/f0
xfs_io -c "fpunch 27042176 16k" $mnt/s1/f0
chattr +C $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 916k 27459584 12k" $mnt/f0
xfs_io -c "pwrite -S 0x61 1269760 52k" $mnt/sv/g0
xfs_io -c "falloc 30573304 16m" $mnt/sv/g0
xfs_io -c "truncate 15870649" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/f0 2658304 0 13216441" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 9334784 2170880 25186304" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f0 29605888 22163456 20k" $mnt/f0
xfs_io -c "pwrite -S 0x61 45387776 60k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/s1/f0 1343488 33271808 24k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/s1/f0 15650816 0 11710464" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 7487488 22196224 13049856" $mnt/s1/f0
xfs_io -c "fsync" $mnt/s1/f0
xfs_io -c "dedupe $mnt/sv/g0 2711552 64k 20k" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 25128960 3m" $mnt/s1/f0
xfs_io -c "reflink $mnt/sv/g0 37220352 24457216 6500352" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 28442624 27070464 4907008" $mnt/s1/f0
