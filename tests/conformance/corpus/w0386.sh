# extsim conformance workload, gen.py seed 386
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "reflink $mnt/f0 0 4173824 4k" $mnt/f0
xfs_io -c "falloc 4919296 104k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1675264 1016k 532k" $mnt/f0
xfs_io -c "reflink $mnt/f0 3149824 364k 1888256" $mnt/f0
xfs_io -c "reflink $mnt/f0 3072000 3198976 1503232" $mnt/f0
xfs_io -c "dedupe $mnt/f0 2736128 16k 32k" $mnt/f0
xfs_io -c "reflink $mnt/f0 4186112 5001216 756k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fpunch 6938624 44k" $mnt/f0
btrfs subvolume snapshot -r $mnt/sv $mnt/s1
xfs_io -c "pwrite 2621066 12k" $mnt/f0
xfs_io -c "fzero -k 2613248 7134" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 3954380 4m" $mnt/f0
xfs_io -c "dedupe $mnt/f0 716k 32k 8k" $mnt/f0
xfs_io -c "reflink $mnt/f0 488k 740k 7653068" $mnt/f0
xfs_io -c "pwrite -S 0x61 7684096 60k" $mnt/f0
xfs_io -c "falloc 7409664 56k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 6868992 56k" $mnt/f0
xfs_io -c "pwrite -S 0x63 1744896 140k" -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 4530176 0 3622604" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 7512064 112" -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 8093696 4m" $mnt/f0
xfs_io -c "fpunch 6506941 248k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 8937472 6148096 20k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -r -c "fiemap -v" $mnt/s2/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 10020818 12k" $mnt/s2/f0
xfs_io -c "fzero -k 9703424 60k" $mnt/s2/f0
xfs_io -c "truncate 624k" $mnt/f0
xfs_io -c "dedupe $mnt/s2/f0 6176768 552k 24k" $mnt/f0
xfs_io -c "fzero -k 252k 20k" $mnt/f0
xfs_io -c "truncate 5949301" $mnt/s2/f0
xfs_io -c "fpunch 4382720 3013" $mnt/s2/f0
xfs_io -c "pwrite -S 0x63 2809856 52k" $mnt/s2/f0
xfs_io -c "fpunch 1673447 56k" $mnt/s2/f0
xfs_io -f -c "pwrite 4532639 76k" $mnt/s2/f0
xfs_io -c "pwrite -S 0x63 4976640 60k" -c "fdatasync" $mnt/s2/f0
xfs_io -f -c "pwrite -S 0x63 8327168 48k" $mnt/s2/f0
btrfs subvolume snapshot $mnt/sv $mnt/s3
xfs_io -f -c "pwrite -S 0x61 604k 8k" $mnt/f0
sync
xfs_io -c "pwrite -S 0x62 175866 60k" $mnt/f0
xfs_io -c "falloc -k 5296128 40k" $mnt/s2/f0
xfs_io -c "pwrite -S 0x61 324k 20k" $mnt/f0
xfs_io -c "reflink $mnt/f0 476k 592k 148k" $mnt/f0
xfs_io -c "reflink $mnt/s2/f0 592k 548k 7774208" $mnt/f0
md5sum $mnt/f0
xfs_io -c "reflink $mnt/s2/f0 8007680 6574080 248k" $mnt/s2/f0
xfs_io -r -c "fiemap -v" $mnt/s2/f0
xfs_io -c "pwrite -S 0x63 988k 100k" $mnt/s2/f0
xfs_io -f -c "pwrite -S 0x61 4829184 4154" $mnt/s2/g0
xfs_io -c "pwrite -S 0x62 4313088 52k" -c "fdatasync" $mnt/s2/g0
xfs_io -f -c "pwrite -S 0x62 2400256 28k" $mnt/sv/g0
chattr +C $mnt/s2/f0
xfs_io -c "pwrite -S 0x62 6393856 36k" -c "fsync" $mnt/s2/f0
xfs_io -c "pwrite -S 0x63 7893446 32k" $mnt/s2/f0
xfs_io -c "fpunch 8048640 52k" $mnt/s2/f0
xfs_io -c "pwrite -S 0x63 3379706 7710" $mnt/s2/g0
xfs_io -c "fzero -k 2494464 32k" $mnt/s2/g0
