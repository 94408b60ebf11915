# extsim conformance workload, gen.py seed 355 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x63 26206208 64k" -c "fdatasync" $mnt/f0
xfs_io -c "fpunch 22327296 8k" $mnt/f0
xfs_io -c "falloc 1122317 36k" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "pwrite -S 0x63 20647936 56k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 2584576 48k 24k" $mnt/f0
rm $mnt/f0
xfs_io -f -c "reflink $mnt/sv/g0 0 27897856 4k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 4k 0 4k" $mnt/sv/g0
xfs_io -c "falloc -k 20492288 10m" $mnt/sv/g0
xfs_io -c "truncate 5767168" $mnt/sv/g0
xfs_io -c "fzero 4448256 60k" $mnt/sv/g0
xfs_io -c "pwrite -b 1m 460k 14m" $mnt/sv/g0
xfs_io -c "fpunch 15863808 52k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 7864320 18300928 2494464" $mnt/sv/g0
sync
xfs_io -c "dedupe $mnt/sv/g0 3407872 472k 8k" $mnt/sv/g0
xfs_io -c "falloc 16531456 1m" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 -b 1m 17354752 1m" $mnt/sv/g0
sync
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 6549504 1m" $mnt/sv/g0
chattr +C $mnt/sv/g0
xfs_io -c "fdatasync" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 4440064 12791808 6352896" $mnt/sv/g0
chattr +C $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 -b 1m 1880064 14m" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 14950400 4059136 3014656" $mnt/sv/g0
sync
xfs_io -f -c "pwrite -S 0x62 7114752 36k" -c "fdatasync" $mnt/sv/g0
touch $mnt/sv/g1
chattr +C $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g0 1441792 8781824 18681856" $mnt/sv/g1
xfs_io -c "pwrite -S 0xcd -b 1m 2342912 10m" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 15663104 8k" $mnt/sv/g0
