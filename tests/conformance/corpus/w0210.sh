# extsim conformance workload, gen.py seed 210 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
sync
xfs_io -f -c "pwrite -S 0x61 -b 1m 32493568 4m" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 5169152 11m" $mnt/f0
xfs_io -c "falloc 33411072 13m" $mnt/f0
xfs_io -c "pwrite -S 0x62 13918208 244k" $mnt/f0
xfs_io -c "truncate 3726864" $mnt/f0
xfs_io -c "dedupe $mnt/f0 628k 32k 4k" $mnt/f0
xfs_io -c "falloc 1146880 8k" $mnt/f0
xfs_io -c "pwrite -S 0x62 376121 108k" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 3014656 1m" $mnt/f0
xfs_io -c "falloc 3641344 64k" $mnt/f0
xfs_io -c "reflink $mnt/f0 2633728 30900224 896k" $mnt/f0
rm -f $mnt/f0
xfs_io -f -c "pwrite -S 0x63 10428416 361" -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 9441280 8327168 64k" $mnt/f0
xfs_io -c "falloc -k 1870143 7086" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "fsync" $mnt/f0
xfs_io -c "truncate 30056448" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 18313216 8m" $mnt/f0
xfs_io -c "pwrite -S 0x61 7649775 136k" $mnt/f0
xfs_io -c "pwrite -S 0xcd -b 1m 6467584 2m" $mnt/f0
xfs_io -c "reflink $mnt/f0 26357760 2179072 3706880" $mnt/f0
xfs_io -c "pwrite -S 0x62 13950976 156k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 10117120 9736192 976k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x61 -b 1m 8052736 14m" $mnt/f2
xfs_io -c "pwrite -S 0x62 13787136 24k" $mnt/f0
xfs_io -c "pwrite -S 0x63 8101888 4k" -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0x61 2555904 4k" $mnt/f0
xfs_io -f -c "pwrite -b 1m 1609728 7m" $mnt/s1/f1
xfs_io -c "dedupe $mnt/f2 8151040 0 14585856" $mnt/f2
touch $mnt/s1/g0
chattr +C $mnt/s1/g0
xfs_io -c "pwrite -S 0xcd 30331575 60k" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 17702912 1m" $mnt/f2
xfs_io -c "truncate 4972544" $mnt/s1/f1
sync
xfs_io -c "reflink $mnt/s1/g0 0 18345984 4k" $mnt/f2
xfs_io -c "falloc 18644992 3m" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g0 9777152 0 20k" $mnt/f2
xfs_io -c "falloc 27451392 36k" $mnt/s1/f0
xfs_io -c "pwrite -S 0xcd 15388672 64k" -c "fsync" $mnt/f2
xfs_io -c "reflink $mnt/f1 10502144 30666752 76k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/f0 15032320 5197824 13086720" $mnt/f0
xfs_io -c "falloc 12653924 20k" $mnt/s1/f0
