# extsim conformance workload, gen.py seed 158
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 82387 4614" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x62 29963 16k" -c "fsync" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -c "falloc 320k 172k" $mnt/f1
rm $mnt/f0
xfs_io -c "pwrite -S 0x61 220k 104k" -c "fsync" $mnt/f1
xfs_io -c "falloc 68978 1363" $mnt/f1
xfs_io -f -c "truncate 756k" $mnt/f0
xfs_io -c "falloc 316k 64k" $mnt/f1
xfs_io -c "fsync" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 716k 136k" $mnt/f1
xfs_io -c "reflink $mnt/f0 420k 12k 212k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 684932 24k" $mnt/f2
xfs_io -c "reflink $mnt/f0 184k 596k 584k" $mnt/f0
xfs_io -c "pwrite -S 0x61 392367 228k" $mnt/f1
xfs_io -c "fzero -k 119914 52k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 711457 40k" -c "fsync" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "reflink $mnt/f1 96k 248k 756k" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 602166 56k" -c "fdatasync" $mnt/f2
xfs_io -c "truncate 148k" $mnt/f1
xfs_io -c "dedupe $mnt/f2 152k 36k 20k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 16k 3240" $mnt/f1
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "fpunch 12527 3m" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 224k 192k" $mnt/f2
xfs_io -c "reflink $mnt/f2 228k 824k 24k" $mnt/f2
xfs_io -c "pwrite -S 0x61 -b 1m 37454 3m" $mnt/f1
xfs_io -f -c "pwrite 408k 56k" $mnt/f3
xfs_io -r -c "fiemap -v" $mnt/s1/f2
xfs_io -f -c "pwrite -S 0x63 760k 56k" $mnt/f4
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "fpunch 64k 12k" $mnt/f3
xfs_io -f -c "pwrite -S 0x61 240k 52k" $mnt/f5
xfs_io -c "dedupe $mnt/s2/f4 244k 8k 4k" $mnt/f0
xfs_io -c "falloc -k 496k 9375" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 180k 24k" $mnt/f5
touch $mnt/s2/g3
chattr +C $mnt/s2/g3
xfs_io -c "pwrite 774241 96k" $mnt/s2/f2
xfs_io -c "dedupe $mnt/s2/f0 108k 1429504 3951" $mnt/f1
sync
xfs_io -c "reflink $mnt/f0 624k 40k 116k" $mnt/s2/f2
xfs_io -c "dedupe $mnt/s1/f1 112k 36k 12k" $mnt/f0
xfs_io -c "fzero 676k 20k" $mnt/s2/g3
xfs_io -c "pwrite -S 0x61 408k 10947" $mnt/f3
xfs_io -f -c "pwrite -S 0xcd 936k 28k" -c "fdatasync" $mnt/s2/g3
xfs_io -c "dedupe $mnt/s2/f3 232k 16k 28k" $mnt/f0
xfs_io -c "truncate 1012k" $mnt/s2/f3
xfs_io -c "reflink $mnt/s2/f1 444k 440k 20k" $mnt/s2/f1
xfs_io -f -c "falloc 203552 669" $mnt/f6
sync
xfs_io -f -c "pwrite -S 0xcd 684k 204k" -c "fdatasync" $mnt/f4
xfs_io -f -c "pwrite -S 0x61 135345 52k" $mnt/f6
xfs_io -c "pwrite -S 0x62 1830912 80k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "pwrite -S 0x62 86638 64k" -c "fsync" $mnt/f4
xfs_io -c "pwrite -S 0x62 96k 56k" $mnt/s3/f0
xfs_io -f -c "pwrite -S 0x61 868k 28k" -c "fsync" $mnt/s2/g0
xfs_io -c "falloc 27635 16k" $mnt/s2/f1
