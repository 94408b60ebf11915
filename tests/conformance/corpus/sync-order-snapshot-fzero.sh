# Linux 6.18 (w2563 of gen.py seeds 2401-2700, shrunk): sv/g0 written back by
# the snapshot, f0 dirtied, g0 rewritten: sync writes g0 first, its block
# after the preallocated one that fzero -k made lies right after it (D30).
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x63 -b 1m 1327104 2m" $mnt/sv/g0
btrfs subvolume snapshot -r $mnt/sv $mnt/s3
xfs_io -f -c "pwrite -S 0x62 1191936 32k" $mnt/f0
xfs_io -c "pwrite -S 0x62 164k 4m" $mnt/sv/g0
xfs_io -c "fzero -k 4280320 8309" $mnt/sv/g0
sync
