# extsim conformance workload, gen.py seed 6128 --drop-caches 0.08
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x62 277402 60k" $mnt/sv/g0
xfs_io -c "falloc 188k 168k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 32k 68k 336k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 224k 700k 20k" $mnt/sv/g0
xfs_io -c "falloc 440k 52k" $mnt/sv/g0
xfs_io -f -c "truncate 276k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x61 264k 3367" $mnt/sv/g1
sync
xfs_io -c "dedupe $mnt/sv/g1 880k 70653 20k" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g1 556k 560k 16k" $mnt/sv/g1
xfs_io -c "falloc 664k 40k" $mnt/sv/g0
xfs_io -f -c "reflink $mnt/sv/g1 100k 172k 0" $mnt/f0
xfs_io -c "fzero -k 348k 4k" $mnt/sv/g0
xfs_io -c "fpunch 267453 88k" $mnt/f0
xfs_io -c "pwrite -S 0x63 284k 64k" $mnt/f0
echo 1 > /proc/sys/vm/drop_caches
chattr +C $mnt/sv/g1
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "truncate 674229" $mnt/sv/g1
xfs_io -f -c "reflink $mnt/f0 308k 612k 12k" $mnt/sv/g2
sync
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x62 52k 64k" $mnt/f0
xfs_io -c "dedupe $mnt/sv/g0 196k 24k 24k" $mnt/f0
xfs_io -c "reflink $mnt/sv/g0 256k 356k 468k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 126012 248k" -c "fdatasync" $mnt/f0
btrfs subvolume snapshot $mnt/sv $mnt/s1
echo 1 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite 32k 88k" $mnt/f1
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "fdatasync" $mnt/s1/g1
xfs_io -f -c "reflink $mnt/sv/g1 520k 84k 116k" $mnt/f2
xfs_io -c "falloc 124k 4992" $mnt/s1/g2
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "falloc 236k 44k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 216k 28k" $mnt/s1/g0
sync
xfs_io -c "truncate 775720" $mnt/s1/g1
xfs_io -c "dedupe $mnt/s1/g0 516k 0 24k" $mnt/s1/g0
rm -f $mnt/f2
xfs_io -f -c "falloc 388k 36k" $mnt/f2
xfs_io -c "pwrite 376k 40k" $mnt/s1/g1
xfs_io -c "falloc 341522 4k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 312k 16k" $mnt/sv/g1
touch $mnt/s1/g3
chattr +C $mnt/s1/g3
xfs_io -f -c "pwrite -S 0x61 219483 16k" $mnt/s1/g2
xfs_io -f -c "pwrite -S 0x62 654161 40k" $mnt/sv/g3
xfs_io -c "fdatasync" $mnt/sv/g2
xfs_io -c "falloc 148k 40k" $mnt/s1/g2
sync
xfs_io -f -c "truncate 1002765" $mnt/sv/g4
xfs_io -c "fpunch 64k 12285" $mnt/f1
xfs_io -c "pwrite 436k 44k" $mnt/sv/g2
xfs_io -c "fpunch 724k 24k" $mnt/s1/g3
xfs_io -f -c "reflink $mnt/f0 112k 616k 232k" $mnt/s1/g4
xfs_io -c "reflink $mnt/sv/g1 485476 9347 2m" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 708k 9986" $mnt/f3
xfs_io -c "falloc 540k 48k" $mnt/s1/g1
sync
xfs_io -f -c "pwrite -S 0x62 648k 40k" -c "fdatasync" $mnt/s1/g5
xfs_io -c "fpunch 572290 56k" $mnt/sv/g1
rm -f $mnt/f2
xfs_io -c "fpunch 856k 40k" $mnt/sv/g0
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0x62 328k 16k" $mnt/sv/g3
xfs_io -c "reflink $mnt/sv/g0 464k 768k 112k" $mnt/s1/g4
xfs_io -c "falloc 272k 16k" $mnt/s1/g0
xfs_io -f -c "reflink $mnt/s1/g5 392k 1008k 24k" $mnt/s1/g6
