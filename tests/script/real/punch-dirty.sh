# fpunch over dirty pages, one block every other block and two every four
# from the second, then an fsync: what fstests' src/punch-alternating
# does with its defaults and with -o 1 -i 4 -s 2 (the first punch writes
# back the dirty range from its page on; what lies before it goes at the
# fsync, after the rest)
mkfs.btrfs -f $dev -b 1G > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xab 0 32k" $mnt/a > /dev/null
xfs_io -c "fpunch 0 4k" -c "fpunch 8k 4k" -c "fpunch 16k 4k" -c "fpunch 24k 4k" -c fsync $mnt/a
xfs_io -c "fiemap" $mnt/a
xfs_io -f -c "pwrite -S 0xab 0 64k" $mnt/b > /dev/null
xfs_io -c "fpunch 4k 8k" -c "fpunch 20k 8k" -c "fpunch 36k 8k" -c "fpunch 52k 8k" -c fsync $mnt/b
xfs_io -c "fiemap" $mnt/b
umount $mnt
