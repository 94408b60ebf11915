# extsim conformance workload, gen.py seed 187
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x62 336k 44k" $mnt/sv/g0
sync
xfs_io -c "fsync" $mnt/sv/g0
sync
xfs_io -c "reflink $mnt/sv/g0 340k 92k 32k" $mnt/sv/g0
sync
xfs_io -c "falloc 288k 4717" $mnt/sv/g0
xfs_io -c "falloc 332k 44k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 236k 244k 24k" $mnt/sv/g0
xfs_io -c "truncate 112k" $mnt/sv/g0
xfs_io -c "falloc -k 60k 252" $mnt/sv/g0
rm $mnt/sv/g0
xfs_io -f -c "truncate 780k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 504k 280k 284k" $mnt/sv/g0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -c "falloc 600k 3861" $mnt/f1
xfs_io -c "truncate 36023" $mnt/f1
xfs_io -c "reflink $mnt/sv/g0 424k 16k 0" $mnt/f1
xfs_io -c "pwrite 240k 11801" $mnt/f1
xfs_io -c "reflink $mnt/sv/g0 520k 168k 40k" $mnt/f1
xfs_io -c "pwrite -S 0x61 -b 1m 396k 1m" $mnt/sv/g0
xfs_io -c "reflink $mnt/f1 132k 176k 252k" $mnt/f1
xfs_io -c "pwrite -S 0x61 895996 52k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 468k 396k 168k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 470417 5050" $mnt/sv/g0
xfs_io -f -c "falloc -k 316k 2405" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 204k 24k" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 200k 36k" $mnt/f0
xfs_io -c "pwrite 1253376 16k" $mnt/sv/g0
touch $mnt/sv/g2
chattr +C $mnt/sv/g2
xfs_io -c "pwrite -S 0x61 -b 1m 36k 3m" $mnt/f2
xfs_io -c "fzero 48k 48k" $mnt/f0
xfs_io -f -c "falloc 456k 28k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 216k 244k" $mnt/f0
xfs_io -c "pwrite -S 0x62 516k 240k" $mnt/sv/g0
xfs_io -c "falloc 402259 11322" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g1 364k 0 32k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 1035342 48k" $mnt/sv/g2
md5sum $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g1 452k 156k 36k" $mnt/f1
xfs_io -c "falloc 809036 40k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g2 476k 420k 605262" $mnt/f0
xfs_io -c "dedupe $mnt/f1 224k 0 12k" $mnt/f1
xfs_io -c "dedupe $mnt/sv/g0 672k 0 752k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 101758 52k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 376k 32k" $mnt/f0
xfs_io -c "fsync" $mnt/f2
