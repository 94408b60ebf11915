# extsim conformance workload, gen.py seed 217 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x62 28454912 208k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 8503296 24k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 -b 1m 22605824 1m" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 12783616 228k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "falloc -k 14090240 52k" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd -b 1m 21061632 1m" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 9887744 23195648 18788352" $mnt/sv/g0
xfs_io -c "fzero -k 25662974 4k" $mnt/sv/g0
xfs_io -f -c "falloc 30250399 7m" $mnt/sv/g1
xfs_io -c "fzero 14905344 40k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g1 11505664 4k 20k" $mnt/sv/g0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite -S 0x63 -b 1m 27365376 9m" -c "fdatasync" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g1 21098496 21090304 28k" $mnt/sv/g1
xfs_io -f -c "pwrite -b 1m 22409216 16m" -c "fsync" $mnt/sv/g2
xfs_io -c "dedupe $mnt/sv/g1 29523968 8523776 4k" $mnt/sv/g0
rm -f $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x62 24244224 16k" -c "fsync" $mnt/sv/g1
xfs_io -c "pwrite -b 1m 1765376 2m" $mnt/sv/g2
xfs_io -c "truncate 17070053" $mnt/sv/g1
rm $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g2 4431872 21581824 7155712" $mnt/sv/g0
sync
xfs_io -c "pwrite -S 0x62 -b 1m 24145920 5m" $mnt/sv/g2
xfs_io -c "falloc 27721728 7m" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 648k 16k" $mnt/s1/g0
xfs_io -f -c "pwrite -b 1m 368k 16m" $mnt/s1/g0
xfs_io -c "reflink $mnt/sv/g2 4243456 36458496 26124288" $mnt/sv/g2
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "fpunch 41504768 68k" $mnt/sv/g2
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 31100928 188k" $mnt/sv/g2
xfs_io -c "falloc 1564672 14m" $mnt/sv/g0
xfs_io -f -c "truncate 484k" $mnt/f0
xfs_io -c "reflink $mnt/sv/g2 36659200 16957440 5693440" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 11014144 40k" $mnt/sv/g0
sync
xfs_io -f -c "pwrite -S 0x63 -b 1m 13053952 4m" $mnt/sv/g0
xfs_io -c "falloc 31264768 160k" $mnt/f0
