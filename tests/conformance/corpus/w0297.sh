# extsim conformance workload, gen.py seed 297
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite 46668 52k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 32k 0 71244" $mnt/f0
xfs_io -c "pwrite -S 0x63 80k 64k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 64k 52k 16k" $mnt/f0
sync
xfs_io -c "dedupe $mnt/f0 128k 40k 20k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 124k 120k 4k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 136k 16k" $mnt/f0
xfs_io -c "pwrite -S 0x63 117626 32k" -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 64k 28k" $mnt/f0
xfs_io -c "reflink $mnt/f0 148k 132k 4k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "reflink $mnt/f0 0 80k 112k" $mnt/f0
xfs_io -c "pwrite 153914 28k" $mnt/f0
xfs_io -c "falloc 216k 8k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 136k 220k 36k" $mnt/f0
xfs_io -c "pwrite -S 0x61 674960 6708" $mnt/f0
xfs_io -f -c "truncate 364k" $mnt/f1
xfs_io -c "fpunch 460k 20k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "falloc 8k 28k" $mnt/s1/f1
xfs_io -c "pwrite -S 0x63 500k 8k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "reflink $mnt/s2/f0 108k 115177 24k" $mnt/f0
xfs_io -c "fzero 175756 8756" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 296k 92k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s2/f0 224k 204k 12k" $mnt/f0
sync
md5sum $mnt/s2/f0
xfs_io -c "dedupe $mnt/f1 300k 800k 4k" $mnt/f0
xfs_io -c "falloc 573133 8k" $mnt/s2/f1
xfs_io -c "dedupe $mnt/s2/f1 60k 664k 16k" $mnt/f0
xfs_io -c "pwrite -S 0x63 352k 3893" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x61 820k 144k" $mnt/s2/f0
sync
xfs_io -c "pwrite -S 0x62 420k 88k" -c "fdatasync" $mnt/f0
sync
xfs_io -c "falloc 264k 192k" $mnt/f1
sync
xfs_io -c "dedupe $mnt/s1/f1 64k 188k 28k" $mnt/f0
xfs_io -c "reflink $mnt/f0 52k 368k 540k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 356k 340k 20k" $mnt/s1/f0
chattr +C $mnt/f0
xfs_io -c "truncate 24k" $mnt/s2/f1
xfs_io -c "fsync" $mnt/s1/f1
xfs_io -c "reflink $mnt/s2/f1 16k 580k 4k" $mnt/f0
sync
xfs_io -c "pwrite -S 0x63 556828 2711" $mnt/s2/f1
xfs_io -c "fpunch 190321 16k" $mnt/s1/f1
chattr +C $mnt/s2/f1
xfs_io -c "reflink $mnt/s1/f1 208k 68k 20k" $mnt/s1/f1
sync
xfs_io -r -c "fiemap -v" $mnt/s2/f1
xfs_io -c "dedupe $mnt/s1/f1 124k 208k 32k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 612k 48k 24k" $mnt/s2/f0
xfs_io -f -c "pwrite -S 0x62 -b 1m 600k 1m" $mnt/f0
md5sum $mnt/s1/f1
xfs_io -c "pwrite -S 0x63 252k 4k" $mnt/s1/f1
sync
