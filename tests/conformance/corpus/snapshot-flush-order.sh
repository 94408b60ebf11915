# Linux 6.18 (w0219 shrunk): the snapshot's flush (btrfs_start_delalloc_snapshot) writes files back in the order they got dirty pages: f3's 64k before f2's 4k
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
touch $mnt/f2
xfs_io -f -c "falloc -k 984k 12k" $mnt/f3
xfs_io -c "pwrite -S 0x62 4k 64k" $mnt/f3
xfs_io -f -c "pwrite 364k 4k" $mnt/f2
xfs_io -c "falloc 344k 20k" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s2
