# extsim conformance workload, gen.py seed 458
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
sync
xfs_io -f -c "pwrite -S 0x63 932k 318" $mnt/f0
xfs_io -f -c "pwrite 214381 80k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 184k 123209 16k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/f0 372k 0 577854" $mnt/f0
xfs_io -c "falloc 247668 20k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 28k 56k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "reflink $mnt/f0 172k 272k 88k" $mnt/f0
xfs_io -c "fdatasync" $mnt/sv/g0
xfs_io -c "dedupe $mnt/f0 68k 8k 16k" $mnt/f0
xfs_io -c "reflink $mnt/f0 772k 208k 120k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0xcd 396k 20k" $mnt/sv/g0
chattr +C $mnt/f0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 140k 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 147334 232k" $mnt/sv/g0
xfs_io -c "fzero 180k 148k" $mnt/f0
xfs_io -f -c "pwrite 716k 44k" -c "fsync" $mnt/f0
xfs_io -f -c "reflink $mnt/sv/g0 316k 8k 112k" $mnt/f1
xfs_io -c "reflink $mnt/f1 0 128k 4k" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd 252k 12k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 116k 184k" -c "fsync" $mnt/sv/g0
xfs_io -c "dedupe $mnt/f0 884k 32k 8k" $mnt/f0
xfs_io -c "pwrite -S 0x61 92k 204k" $mnt/sv/g0
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -c "reflink $mnt/f0 296k 732k 0" $mnt/f1
xfs_io -c "pwrite -S 0x62 904k 56k" $mnt/sv/g0
