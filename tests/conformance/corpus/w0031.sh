# extsim conformance workload, gen.py seed 31
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x62 293850 994" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "dedupe $mnt/s1/f0 172k 24k 4k" $mnt/f0
xfs_io -c "pwrite -S 0x61 127865 8k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 268k 28k" $mnt/s1/f0
xfs_io -c "pwrite -S 0xcd 132k 52k" $mnt/f0
rm $mnt/f0
xfs_io -f -c "falloc 619286 9854" $mnt/s1/g0
xfs_io -c "fpunch 144k 28k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x61 48k 1620" $mnt/s1/g0
xfs_io -c "pwrite -S 0xcd 252k 48k" -c "fsync" $mnt/s1/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -r -c "fiemap -v" $mnt/s1/f0
xfs_io -c "falloc -k 384k 8k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 420k 144k" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f0 472k 136k 40k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 592k 432k 8k" $mnt/s1/f0
xfs_io -c "fzero -k 628k 36k" $mnt/s1/g0
rm -f $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/g0 444k 372k 20k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x61 206119 48k" $mnt/s1/g0
xfs_io -f -c "falloc 924k 24k" $mnt/s2/g0
xfs_io -c "truncate 824k" $mnt/s2/g0
xfs_io -f -c "pwrite -S 0x63 776k 32k" $mnt/s1/g1
xfs_io -r -c "fiemap -v" $mnt/s1/g0
xfs_io -c "falloc 96k 4k" $mnt/s2/g0
