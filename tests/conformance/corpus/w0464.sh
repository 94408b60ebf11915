# extsim conformance workload, gen.py seed 464 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite 7442432 180k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 5472256 224k 8k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 -b 1m 3944448 13m" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 7m 17215488 2240512" $mnt/sv/g0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "reflink $mnt/sv/g0 10616832 29376512 8843264" $mnt/sv/g0
xfs_io -c "falloc -k 5627904 256k" $mnt/sv/g0
md5sum $mnt/sv/g0
xfs_io -c "fpunch 5103616 4k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 6021120 6121" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 2072576 11509760 9596928" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 10309632 14512128 28k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 2867200 44k" $mnt/sv/g0
xfs_io -c "fzero -k 4108288 28k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 3870720 5758976 9375744" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 18706432 3944448 8k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 8462336 5369856 300k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 -b 1m 15761408 7m" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 15687680 32k" -c "fsync" $mnt/sv/g0
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite 16584001 1m" $mnt/sv/g0
xfs_io -c "fpunch 7503872 8k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 17047552 16613376 20k" $mnt/sv/g0
xfs_io -c "fzero -k 2834432 48k" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd 13262848 44k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 -b 1m 8036352 10m" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd 20168704 7750" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 32968704 132k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 32223232 28k" -c "fsync" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 17784832 896k 15323136" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 29904896 25112576 2170880" $mnt/sv/g0
xfs_io -c "pwrite -b 1m 10768384 3m" -c "fdatasync" $mnt/sv/g0
xfs_io -c "falloc -k 25452544 14m" $mnt/sv/g0
xfs_io -c "truncate 5084790" $mnt/sv/g0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -f -c "pwrite -S 0x61 2031616 16k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 -b 1m 23470080 16m" $mnt/sv/g0
xfs_io -c "fpunch 9138176 56k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 4169728 56k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 18784055 240k" $mnt/sv/g0
