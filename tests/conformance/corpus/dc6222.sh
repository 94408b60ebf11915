# extsim conformance workload, gen.py seed 6222 --drop-caches 0.08
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x62 808k 52k" $mnt/f0
xfs_io -c "pwrite 828k 16k" $mnt/f0
sync
echo 2 > /proc/sys/vm/drop_caches
rm -f $mnt/f0
xfs_io -f -c "pwrite -S 0x61 796k 16k" $mnt/f0
xfs_io -c "pwrite -S 0x62 640k 8k" $mnt/f0
xfs_io -c "pwrite -S 0x63 616k 11346" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -r -c "fiemap -v" $mnt/f0
echo 2 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite -S 0x61 636k 48k" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 196k 716k 100k" $mnt/f0
xfs_io -c "reflink $mnt/f0 628k 872k 192k" $mnt/s1/f0
xfs_io -c "falloc 432k 224k" $mnt/f0
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x62 532k 40k" -c "fdatasync" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0xcd 228k 52k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 826860 20k" $mnt/f0
xfs_io -c "falloc 504k 188k" $mnt/f0
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "fdatasync" $mnt/s1/f0
xfs_io -c "falloc 401285 72k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 128k 60k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 96k 124k 724k" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f0 800k 372k 12k" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 616k 648k 64k" $mnt/s1/f0
rm $mnt/f0
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "dedupe $mnt/s1/f0 108k 32k 24k" $mnt/s1/f0
echo 2 > /proc/sys/vm/drop_caches
xfs_io -f -c "falloc -k 604k 11826" $mnt/sv/g0
xfs_io -c "pwrite 704k 1985" $mnt/sv/g0
rm -f $mnt/sv/g0
md5sum $mnt/s1/f0
xfs_io -c "fzero -k 116k 24k" $mnt/s1/f0
chattr +C $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 412k 24k" $mnt/s1/f0
xfs_io -c "falloc -k 172k 176k" $mnt/s1/f0
xfs_io -f -c "reflink $mnt/s1/f0 0 760k 584k" $mnt/sv/g0
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "reflink $mnt/s1/f0 132k 340k 0" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 992k 52k" $mnt/s1/f0
xfs_io -c "reflink $mnt/sv/g0 880274 880k 176k" $mnt/sv/g0
rm $mnt/sv/g0
xfs_io -c "reflink $mnt/s1/f0 708k 788k 344k" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f0 700k 824k 344k" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f0 100k 872k 148k" $mnt/s1/f0
sync
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "fpunch 668k 11866" $mnt/s1/f0
xfs_io -c "fpunch 792k 28k" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f0 440k 76k 164k" $mnt/s1/f0
btrfs subvolume snapshot $mnt/sv $mnt/s2
xfs_io -c "pwrite -S 0x61 652k 60k" $mnt/s1/f0
