# extsim conformance workload, gen.py seed 381
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
sync
xfs_io -f -c "reflink $mnt/sv/g0 0 792k 4k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 0 348k 4k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0xcd 260k 52k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 288k 36k" $mnt/f0
sync
xfs_io -c "falloc 236k 156k" $mnt/f0
rm $mnt/sv/g0
chattr +C $mnt/f0
xfs_io -f -c "pwrite -S 0x63 164k 212k" -c "fsync" $mnt/sv/g0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "falloc -k 268k 64k" $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x61 988k 128k" $mnt/sv/g1
sync
sync
xfs_io -f -c "pwrite -S 0x61 40k 208k" -c "fdatasync" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "falloc -k 200k 8k" $mnt/f0
xfs_io -c "fpunch 32k 36k" $mnt/f0
xfs_io -c "pwrite -S 0x63 480k 7416" -c "fdatasync" $mnt/sv/g0
xfs_io -f -c "falloc -k 996k 1613" $mnt/sv/g2
xfs_io -c "pwrite -S 0x63 54584 5380" $mnt/sv/g2
xfs_io -c "fpunch 472k 60k" $mnt/sv/g0
md5sum $mnt/f0
xfs_io -c "dedupe $mnt/sv/g2 36k 20k 16k" $mnt/sv/g1
xfs_io -c "pwrite -S 0xcd 132k 16k" $mnt/f0
xfs_io -c "pwrite -S 0x63 426512 148k" $mnt/sv/g0
xfs_io -c "fpunch 936k 48k" $mnt/sv/g1
xfs_io -c "falloc 588k 172k" $mnt/sv/g1
sync
btrfs subvolume snapshot $mnt/sv $mnt/s1
xfs_io -c "pwrite -S 0x63 136k 2117" -c "fdatasync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 660k 36k" $mnt/sv/g2
xfs_io -c "pwrite -S 0x61 244k 36k" $mnt/sv/g1
xfs_io -c "falloc 76k 11079" $mnt/f0
xfs_io -c "reflink $mnt/s1/g0 420k 836k 56k" $mnt/s1/g2
xfs_io -f -c "falloc -k 212k 28k" $mnt/f1
xfs_io -c "fpunch 380k 48k" $mnt/s1/g0
sync
xfs_io -c "fsync" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 104k 8k" $mnt/sv/g0
xfs_io -c "fzero -k 176k 36k" $mnt/f1
xfs_io -c "fsync" $mnt/sv/g0
rm -f $mnt/f1
xfs_io -c "falloc 776k 136k" $mnt/s1/g1
xfs_io -c "pwrite -S 0x61 212k 28k" $mnt/s1/g2
xfs_io -c "pwrite -S 0xcd 325366 12249" $mnt/s1/g1
xfs_io -c "fpunch 628k 32k" $mnt/sv/g0
btrfs subvolume snapshot -r $mnt/sv $mnt/s2
sync
xfs_io -c "pwrite -S 0x61 144k 8k" $mnt/s1/g0
xfs_io -c "fpunch 375302 60k" $mnt/f0
