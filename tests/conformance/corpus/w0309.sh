# extsim conformance workload, gen.py seed 309
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite 130277 36k" $mnt/sv/g0
sync
xfs_io -c "dedupe $mnt/sv/g0 64k 0 105701" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 16k 52k" $mnt/sv/g0
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "reflink $mnt/sv/g0 136k 20k 27877" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 100k 128k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 8k 1298" $mnt/sv/g0
xfs_io -c "falloc 304k 36k" $mnt/sv/g0
xfs_io -c "pwrite 32k 20k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 64k 224k 24k" $mnt/sv/g0
rm $mnt/sv/g0
sync
xfs_io -f -c "pwrite -S 0x61 426849 9053" $mnt/f0
xfs_io -c "dedupe $mnt/f0 204k 196k 32k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s2
rm -f $mnt/f0
xfs_io -c "fzero -k 120k 8k" $mnt/s2/f0
sync
xfs_io -c "pwrite -S 0x63 56k 16k" $mnt/s2/f0
xfs_io -c "reflink $mnt/s2/f0" $mnt/s2/f0
xfs_io -c "fpunch 64k 56k" $mnt/s2/f0
xfs_io -f -c "pwrite -S 0x63 232k 60k" $mnt/s2/f0
xfs_io -c "falloc 220k 16k" $mnt/s2/f0
xfs_io -c "fdatasync" $mnt/s2/f0
xfs_io -c "falloc -k 352k 24k" $mnt/s2/f0
xfs_io -c "pwrite -S 0x62 84k 188k" $mnt/s2/f0
touch $mnt/s2/g0
chattr +C $mnt/s2/g0
xfs_io -f -c "pwrite 744k 12025" $mnt/f0
xfs_io -c "reflink $mnt/f0 732k 548k 20k" $mnt/f0
