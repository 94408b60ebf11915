# extsim conformance workload, gen.py seed 6051 --drop-caches 0.08
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x61 856k 48k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 780k 24k 4k" $mnt/sv/g0
md5sum $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 828k 180k 76k" $mnt/sv/g0
sync
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "falloc -k 216k 20k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 376k 60k" $mnt/sv/g0
sync
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "falloc 583311 44k" $mnt/sv/g0
xfs_io -c "fzero 518385 52k" $mnt/sv/g0
xfs_io -c "falloc -k 512k 156k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 188k 708k 380k" $mnt/sv/g0
xfs_io -f -c "pwrite 392k 28k" $mnt/sv/g0
xfs_io -c "falloc 828k 36k" $mnt/sv/g0
sync
xfs_io -c "pwrite -S 0x63 964k 80k" $mnt/sv/g0
sync
xfs_io -c "dedupe $mnt/sv/g0 736k 836k 4k" $mnt/sv/g0
xfs_io -c "falloc -k 364k 64k" $mnt/sv/g0
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "reflink $mnt/sv/g0 808k 736k 280k" $mnt/sv/g0
chattr +C $mnt/sv/g0
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -c "fpunch 412k 24k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 532k 168k 104k" $mnt/sv/g0
md5sum $mnt/sv/g0
echo 3 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite -S 0x62 -b 1m 116k 1m" $mnt/f0
xfs_io -c "reflink $mnt/sv/g0 220k 200k 796k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 720k 888k 16k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 694632 4k" $mnt/sv/g1
xfs_io -c "pwrite 280k 20k" $mnt/sv/g0
sync
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x62 -b 1m 16k 1m" -c "fdatasync" $mnt/sv/g1
sync
echo 1 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite -S 0x63 165790 48k" -c "fdatasync" $mnt/sv/g2
sync
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "reflink $mnt/s1/f0" $mnt/sv/g0
xfs_io -c "dedupe $mnt/f0 284k 172k 28k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 334176 48k" $mnt/s1/g0
xfs_io -c "pwrite -S 0xcd 684k 60k" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g1 572k 848k 480k" $mnt/f0
xfs_io -c "dedupe $mnt/sv/g0 1073152 0 96k" $mnt/sv/g2
xfs_io -c "pwrite -S 0x62 476k 20k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 296k 312k 832k" $mnt/s1/g0
xfs_io -c "truncate 120k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 32k 4m" $mnt/s1/f0
xfs_io -c "dedupe $mnt/sv/g1 964k 960k 12k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g2 92k 0 12k" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g0 56k 604k 4k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 856k 32k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/g0 168k 52k 24k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 35965 244k" $mnt/f0
xfs_io -c "reflink $mnt/sv/g0" $mnt/sv/g1
md5sum $mnt/sv/g2
xfs_io -c "falloc -k 700k 44k" $mnt/sv/g1
xfs_io -c "fpunch 280k 64k" $mnt/sv/g0
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -c "truncate 1008k" $mnt/f2
xfs_io -c "falloc 384601 48k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 604k 308k 20k" $mnt/s1/g0
xfs_io -c "fsync" $mnt/sv/g2
xfs_io -c "fzero 752018 4k" $mnt/s1/f0
chattr +C $mnt/s1/f0
umount $mnt
mount $dev $mnt
xfs_io -c "fpunch 892k 40k" $mnt/s1/f0
btrfs subvolume snapshot $mnt/sv $mnt/s2
xfs_io -c "pwrite 256708 64k" $mnt/s2/g0
