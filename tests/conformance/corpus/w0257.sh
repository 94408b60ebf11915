# extsim conformance workload, gen.py seed 257
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x62 3940352 24k" -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 1884833 256k" $mnt/f1
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f0 3964928 3842048 12k" $mnt/f0
touch $mnt/sv/g0
chattr +C $mnt/sv/g0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f0 1687552 6283264 2285568" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 4169728 5764" $mnt/f1
xfs_io -c "dedupe $mnt/f1 1220608 1216512 16k" $mnt/f1
xfs_io -c "reflink $mnt/f0 3338240 3944448 560k" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd 156k 4467" $mnt/sv/g0
btrfs subvolume snapshot $mnt/sv $mnt/s1
xfs_io -c "pwrite -S 0x63 4345856 244k" $mnt/s1/g0
rm $mnt/sv/g0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "truncate 172k" $mnt/f0
sync
xfs_io -c "pwrite -S 0xcd 20k 60k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 3174400 4231168 28k" $mnt/s1/g0
chattr +C $mnt/f1
xfs_io -c "dedupe $mnt/s1/g0 3809280 92k 20k" $mnt/f0
rm $mnt/s1/g0
rm -f $mnt/f0
xfs_io -c "fpunch 696k 16k" $mnt/f1
xfs_io -c "truncate 7811072" $mnt/f1
xfs_io -c "reflink $mnt/f1 6561792 2060288 1261568" $mnt/f1
xfs_io -c "dedupe $mnt/f1 544k 0 7258112" $mnt/f1
xfs_io -c "dedupe $mnt/f1 2031616 1896448 8k" $mnt/f1
xfs_io -c "fsync" $mnt/f1
xfs_io -c "pwrite 7743023 1091" $mnt/f1
xfs_io -c "falloc 6172672 56k" $mnt/f1
xfs_io -c "falloc 4857856 52k" $mnt/f1
touch $mnt/s1/g0
chattr +C $mnt/s1/g0
md5sum $mnt/f1
xfs_io -c "pwrite -S 0x62 5308416 48k" $mnt/f1
xfs_io -c "fsync" $mnt/s1/g0
xfs_io -c "dedupe $mnt/f1 828k 0 6967296" $mnt/s1/g0
xfs_io -c "reflink $mnt/f1 4513792 4612096 3301376" $mnt/f1
xfs_io -c "pwrite -S 0x62 3325952 40k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 3137536 56k" $mnt/s1/g0
xfs_io -c "fpunch 2412544 56k" $mnt/s1/g0
sync
xfs_io -c "reflink $mnt/f1 96k 3215360 7720960" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x61 144k 116k" -c "fsync" $mnt/s1/g0
