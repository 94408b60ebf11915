# extsim conformance workload, gen.py seed 450
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x61 104k 8k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0xcd 107563 28k" -c "fdatasync" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0xcd 0 56k" $mnt/sv/g0
xfs_io -c "fpunch 104k 1870" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 60k 44k" $mnt/sv/g0
sync
xfs_io -f -c "pwrite -S 0x61 814909 48k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 652k 8287" -c "fsync" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g0 520k 536k 16k" $mnt/sv/g0
xfs_io -c "fpunch 284k 60k" $mnt/sv/g1
btrfs subvolume snapshot $mnt/sv $mnt/s1
xfs_io -c "pwrite 96k 750" $mnt/sv/g0
xfs_io -f -c "reflink $mnt/sv/g1 296k 188k 381023" $mnt/sv/g2
xfs_io -c "falloc 436k 56k" $mnt/sv/g1
xfs_io -c "fzero -k 915029 36k" $mnt/sv/g1
xfs_io -c "fpunch 682384 4k" $mnt/sv/g2
xfs_io -c "pwrite 622221 36k" $mnt/sv/g1
xfs_io -c "falloc 44k 20k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 177234 6673" $mnt/s1/g1
xfs_io -c "pwrite 294582 48k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0xcd 624k 44k" $mnt/s1/g2
xfs_io -c "fzero 444k 7762" $mnt/s1/g1
xfs_io -c "falloc -k 592k 76k" $mnt/sv/g0
xfs_io -f -c "pwrite 221999 4643" $mnt/sv/g1
xfs_io -c "reflink $mnt/s1/g1 500k 452k 32k" $mnt/sv/g2
xfs_io -c "fpunch 1004k 4k" $mnt/s1/g1
xfs_io -c "dedupe $mnt/sv/g2 48k 64k 16k" $mnt/f0
xfs_io -f -c "pwrite 884k 28k" $mnt/s1/g2
xfs_io -c "reflink $mnt/sv/g1 300k 228k 320k" $mnt/sv/g0
sync
xfs_io -c "fsync" $mnt/f0
