# extsim conformance workload, gen.py seed 214
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 172k 128k" $mnt/f0
xfs_io -c "falloc 292k 2403" $mnt/f0
sync
sync
xfs_io -c "fpunch 248k 1248" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
rm $mnt/f0
xfs_io -f -c "pwrite 488k 220k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x62 36k 240k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
sync
xfs_io -c "pwrite -S 0x62 376k 60k" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "falloc 167003 1018" $mnt/f0
xfs_io -c "truncate 1265664" $mnt/f0
xfs_io -c "reflink $mnt/f0 100k 972k 916k" $mnt/f0
sync
xfs_io -c "pwrite -S 0xcd 756k 192k" $mnt/f0
xfs_io -c "falloc 724k 12k" $mnt/f0
xfs_io -f -c "pwrite 568k 72k" $mnt/f1
xfs_io -c "pwrite -S 0x62 24k 48k" $mnt/f0
xfs_io -c "fpunch 1712128 28k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 536k 172k 4m" $mnt/f0
xfs_io -c "truncate 346276" $mnt/f1
chattr +C $mnt/f0
xfs_io -c "truncate 144k" $mnt/f1
xfs_io -c "pwrite 60k 216k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 140k 152k 8k" $mnt/f1
xfs_io -c "pwrite -S 0x63 480k 48k" $mnt/f0
xfs_io -c "falloc 56k 1223" $mnt/f0
xfs_io -c "fpunch 1163264 9746" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "reflink $mnt/f1 88k 972k 40k" $mnt/f0
xfs_io -c "pwrite -S 0x63 1243045 4k" -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f1 180k 540k 20k" $mnt/f0
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -c "falloc 202219 1m" $mnt/f2
xfs_io -c "reflink $mnt/f0 936k 1552384 312k" $mnt/f1
xfs_io -c "truncate 928664" $mnt/f0
xfs_io -c "pwrite -S 0x63 1164876 52k" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x63 928k 96k" -c "fsync" $mnt/f2
xfs_io -f -c "reflink $mnt/f2 136k 1523712 908k" $mnt/f3
xfs_io -c "reflink $mnt/f3 944k 676k 1499136" $mnt/f0
xfs_io -c "pwrite -S 0x63 792k 9146" $mnt/f0
xfs_io -c "pwrite -S 0x63 429412 8k" $mnt/f0
md5sum $mnt/f1
xfs_io -f -c "pwrite 252k 180k" $mnt/f4
xfs_io -c "truncate 236k" $mnt/f1
sync
xfs_io -c "fsync" $mnt/f1
xfs_io -c "fpunch 336k 236k" $mnt/f4
xfs_io -c "pwrite -S 0x61 616k 60k" $mnt/f0
xfs_io -c "fzero -k 308k 52k" $mnt/f4
xfs_io -c "falloc 492k 10574" $mnt/f2
xfs_io -c "pwrite -S 0x62 120k 60k" $mnt/f1
xfs_io -c "fpunch 1826816 196k" $mnt/f3
