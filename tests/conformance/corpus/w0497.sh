# extsim conformance workload, gen.py seed 497
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
sync
xfs_io -f -c "pwrite 656k 16k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 300k 32k" $mnt/sv/g0
sync
xfs_io -c "fpunch 212k 8k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 152k 6869" -c "fdatasync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 380k 28k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 112k 11090" $mnt/sv/g0
xfs_io -c "falloc -k 612k 48k" $mnt/sv/g0
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 572k 4k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 564k 873" $mnt/sv/g0
xfs_io -f -c "pwrite 864k 24k" $mnt/sv/g1
xfs_io -f -c "pwrite -b 1m 84k 1m" $mnt/sv/g2
xfs_io -c "dedupe $mnt/sv/g2 176k 484k 16k" $mnt/sv/g0
rm -f $mnt/sv/g2
xfs_io -c "reflink $mnt/sv/g1 548k 168k 20k" $mnt/sv/g1
xfs_io -f -c "truncate 761969" $mnt/sv/g2
xfs_io -c "dedupe $mnt/sv/g0 16k 12k 20k" $mnt/sv/g0
chattr +C $mnt/sv/g2
xfs_io -c "fzero -k 428k 32k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0xcd 524k 40k" $mnt/sv/g0
sync
xfs_io -c "dedupe $mnt/sv/g1 468k 492k 5925" $mnt/sv/g2
xfs_io -c "pwrite -S 0x61 321486 28k" $mnt/sv/g2
xfs_io -c "pwrite -S 0x61 820495 24k" $mnt/sv/g2
xfs_io -f -c "falloc 91330 36k" $mnt/f0
xfs_io -c "pwrite -S 0xcd -b 1m 416k 2m" -c "fdatasync" $mnt/sv/g2
xfs_io -c "pwrite 220k 40k" $mnt/f0
xfs_io -c "dedupe $mnt/sv/g0 212k 56k 32k" $mnt/f0
xfs_io -c "truncate 800k" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd 1167360 52k" -c "fdatasync" $mnt/sv/g2
md5sum $mnt/f0
xfs_io -c "fdatasync" $mnt/sv/g2
xfs_io -c "falloc -k 736k 112k" $mnt/sv/g0
sync
xfs_io -f -c "pwrite -S 0xcd 1008k 52k" $mnt/f1
xfs_io -c "dedupe $mnt/sv/g1 524k 8k 20k" $mnt/f0
touch $mnt/sv/g3
chattr +C $mnt/sv/g3
