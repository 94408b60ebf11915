# extsim conformance workload, gen.py seed 211
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 852k 24k" -c "fsync" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "dedupe $mnt/f0 620k 28k 32k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 341k 56k" $mnt/f0
xfs_io -c "pwrite -S 0x61 224k 40k" $mnt/f0
xfs_io -c "fpunch 285658 12k" $mnt/f0
xfs_io -c "reflink $mnt/f0 32k 688k 856k" $mnt/f0
chattr +C $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "fpunch 40k 236k" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f0 280k 104k 224k" $mnt/f0
xfs_io -c "pwrite -S 0x63 376k 52k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f0 188k 216k 4k" $mnt/f0
sync
xfs_io -f -c "falloc -k 312k 60k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 792k 24k" -c "fdatasync" $mnt/f1
xfs_io -c "fzero -k 280k 12173" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 472k 2722" $mnt/f0
xfs_io -c "falloc 703274 6693" $mnt/f1
xfs_io -c "reflink $mnt/f1 752k 404k 8k" $mnt/f1
xfs_io -c "pwrite -S 0x62 320k 60k" $mnt/s1/f0
xfs_io -c "truncate 420k" $mnt/f1
xfs_io -c "fpunch 304917 36k" $mnt/f1
touch $mnt/s1/g0
chattr +C $mnt/s1/g0
xfs_io -c "fzero 18992 901" $mnt/f1
xfs_io -c "reflink $mnt/f0 184786 329042 12k" $mnt/f0
xfs_io -f -c "pwrite 996k 3019" $mnt/s1/g0
xfs_io -c "fdatasync" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g0 756k 0 4k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 260k 48k" $mnt/f1
xfs_io -c "falloc -k 8k 6322" $mnt/s1/g0
xfs_io -c "dedupe $mnt/f1 100k 0 324k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
chattr +C $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f0 584k 204k 44k" $mnt/f1
xfs_io -c "pwrite -S 0x62 220k 16k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 408k 24k" $mnt/f1
rm -f $mnt/s1/f0
xfs_io -c "fpunch 452k 1470" $mnt/f0
xfs_io -c "dedupe $mnt/f1 232k 672k 16k" $mnt/f0
xfs_io -c "fpunch 804k 28k" $mnt/f0
xfs_io -c "falloc 8k 108k" $mnt/f1
xfs_io -c "reflink $mnt/s1/g0 416k 252k 408k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 672k 324k 100k" $mnt/f1
xfs_io -c "fpunch 380k 5448" $mnt/f0
xfs_io -c "falloc 652k 40k" $mnt/f0
md5sum $mnt/s1/g0
xfs_io -f -c "reflink $mnt/f0 492k 880k 156k" $mnt/s1/g1
sync
xfs_io -c "pwrite -S 0x63 644k 164k" $mnt/f0
xfs_io -c "pwrite -S 0x63 64k 64k" $mnt/s1/g0
md5sum $mnt/s1/g1
xfs_io -c "dedupe $mnt/f1 100k 0 336k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g1 620k 616k 28k" $mnt/s1/g1
xfs_io -r -c "fiemap -v" $mnt/s1/g1
xfs_io -c "fpunch 876k 192k" $mnt/s1/g0
xfs_io -c "truncate 185733" $mnt/s1/g1
xfs_io -c "pwrite -S 0xcd 136k 48k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 816k 254" $mnt/f0
sync
xfs_io -c "dedupe $mnt/s1/g0 88k 672k 8k" $mnt/f0
