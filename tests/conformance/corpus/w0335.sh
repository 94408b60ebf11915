# extsim conformance workload, gen.py seed 335 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
sync
xfs_io -f -c "pwrite -S 0x63 28319744 188k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 16039936 20k 12k" $mnt/f0
xfs_io -c "reflink $mnt/f0 14864384 22118400 1519616" $mnt/f0
xfs_io -c "pwrite -S 0x62 22663168 60k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 24977408 6942720 396" $mnt/f0
xfs_io -c "dedupe $mnt/f0 12009472 0 16506880" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 1359872 1m" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "falloc 31663063 28k" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f0 18968576 21913600 12152832" $mnt/f0
xfs_io -c "truncate 6774784" $mnt/s1/f0
touch $mnt/s1/g0
chattr +C $mnt/s1/g0
md5sum $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 6746112 3021" $mnt/s1/f0
xfs_io -c "fpunch 18350080 52k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x61 6684672 216k" $mnt/f1
chattr +C $mnt/s1/g0
xfs_io -c "truncate 26544291" $mnt/s1/g0
xfs_io -c "truncate 820k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 -b 1m 2506752 8m" $mnt/f0
xfs_io -c "falloc 32399360 4m" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 680k 532k 108k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/g0 24027136 24014848 4k" $mnt/s1/g0
xfs_io -c "fzero -k 14197259 48k" $mnt/s1/g0
sync
xfs_io -c "reflink $mnt/s1/f0 188k 192k 24k" $mnt/s1/f0
sync
xfs_io -c "fpunch 480k 24k" $mnt/s1/f0
xfs_io -c "pwrite -S 0xcd 5341184 64k" $mnt/f1
xfs_io -c "pwrite -S 0x63 -b 1m 7131136 2m" $mnt/s1/g0
xfs_io -c "truncate 17506304" $mnt/f0
xfs_io -c "dedupe $mnt/s1/g0 12681216 2641920 24k" $mnt/f0
xfs_io -c "falloc 7384849 56k" $mnt/s1/g0
xfs_io -c "truncate 9117696" $mnt/s1/g0
xfs_io -f -c "truncate 1158449" $mnt/f2
