# extsim conformance workload, gen.py seed 117 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "truncate 22212608" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0xcd 5361664 20k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 20849501 160k" $mnt/f0
xfs_io -c "fpunch 24749203 8k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 14815232 4k 4k" $mnt/f0
sync
xfs_io -c "reflink $mnt/f0 14946304 9527296 5369856" $mnt/f0
xfs_io -c "reflink $mnt/f0 19726336 3837952 2498560" $mnt/f0
xfs_io -c "falloc -k 15080240 15m" $mnt/f0
xfs_io -c "pwrite -S 0x62 21135360 152k" $mnt/f0
xfs_io -c "falloc -k 11886592 216k" $mnt/f0
xfs_io -c "reflink $mnt/f0 23539712 13619200 28k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 14327808 12410880 4k" $mnt/f0
xfs_io -c "reflink $mnt/f0 9023488 7188480 13201408" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 19996395 64k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "reflink $mnt/f0 14090240 14811136 20k" $mnt/f0
xfs_io -c "pwrite 25055232 4m" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 9506816 232k" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 19185664 10m" $mnt/s1/f0
chattr +C $mnt/f0
xfs_io -f -c "falloc -k 20066304 1m" $mnt/f2
xfs_io -c "pwrite -S 0x61 19070976 40k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 -b 1m 16556032 11m" $mnt/s1/f0
btrfs subvolume snapshot $mnt/sv $mnt/s2
xfs_io -f -c "pwrite -S 0x62 -b 1m 24911872 3m" $mnt/s1/f0
xfs_io -c "fsync" $mnt/s1/f0
sync
xfs_io -f -c "falloc 13577395 1m" $mnt/sv/g0
xfs_io -c "fdatasync" $mnt/f2
sync
xfs_io -c "pwrite -S 0x62 11374592 8k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/s1/f1 11042816 20k 16k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 28291072 1957" $mnt/f2
xfs_io -c "fdatasync" $mnt/s1/f0
xfs_io -c "reflink $mnt/f1 3825664 2625536 5402624" $mnt/sv/g0
xfs_io -r -c "fiemap -v" $mnt/f2
xfs_io -c "truncate 11108352" $mnt/f1
sync
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "falloc 28991822 140k" $mnt/s1/f1
