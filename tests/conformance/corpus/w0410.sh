# extsim conformance workload, gen.py seed 410
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "falloc -k 356557 32k" $mnt/sv/g0
xfs_io -c "truncate 326680" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 204k 184k 72k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 144k 0 183320" $mnt/sv/g0
xfs_io -c "fpunch 128k 32k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 823433 232k" $mnt/sv/g0
xfs_io -c "falloc -k 48k 64k" $mnt/sv/g0
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "fpunch 520k 72k" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "truncate 0" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 856k 56k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 296k 40k 20k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 844307 814" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 188k 880k 604k" $mnt/sv/g0
xfs_io -c "falloc 1225410 168k" $mnt/sv/g0
sync
xfs_io -c "falloc 804k 196k" $mnt/sv/g0
chattr +C $mnt/sv/g0
xfs_io -c "truncate 262067" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 96k 0 167859" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 132k 9940" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 108k 104k 16k" $mnt/sv/g0
xfs_io -f -c "reflink $mnt/sv/g0 240k 64k 12k" $mnt/f0
xfs_io -c "reflink $mnt/sv/g0 124k 924k 20k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 436k 2479" $mnt/f1
xfs_io -c "falloc -k 964k 12k" $mnt/f0
xfs_io -c "falloc 312k 52k" $mnt/f0
xfs_io -c "falloc -k 844k 40k" $mnt/f1
sync
xfs_io -f -c "falloc -k 852k 9597" $mnt/f2
xfs_io -c "pwrite -S 0x63 196k 4k" $mnt/f2
xfs_io -c "falloc 216259 12k" $mnt/sv/g0
xfs_io -c "reflink $mnt/f1 56k 404k 108k" $mnt/f1
xfs_io -c "pwrite -S 0x61 900k 28k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 848k 11218" $mnt/f0
