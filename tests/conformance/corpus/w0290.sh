# extsim conformance workload, gen.py seed 290
mkfs.btrfs -f $dev -b 512m > /dev/null
mount -o nodatacow $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x62 6905856 3m" $mnt/f0
xfs_io -c "pwrite -S 0x62 4530176 44k" $mnt/f0
xfs_io -c "pwrite -S 0x63 2455789 7219" $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x63 5734400 24k" -c "fdatasync" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fpunch 4022272 20k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1630208 1634304 4k" $mnt/f0
umount $mnt
mount -o nodatacow $dev $mnt
xfs_io -f -c "pwrite -S 0x62 8015872 104k" $mnt/f1
xfs_io -c "falloc -k 4640768 40k" $mnt/f1
xfs_io -c "falloc 6729728 8k" $mnt/f1
xfs_io -c "pwrite -S 0x63 7028736 1256" -c "fsync" $mnt/f1
xfs_io -c "reflink $mnt/f1 2076672 2076672 28k" $mnt/f1
sync
xfs_io -c "falloc 52k 28k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 3207168 20k 20k" $mnt/f0
xfs_io -c "truncate 7703610" $mnt/f1
xfs_io -c "dedupe $mnt/f0 8355840 4558848 16k" $mnt/f0
xfs_io -c "pwrite -S 0x63 3317190 20k" $mnt/f1
xfs_io -c "fpunch 1171456 32k" $mnt/f1
xfs_io -c "truncate 2850816" $mnt/f0
sync
xfs_io -c "truncate 5692840" $mnt/f0
xfs_io -c "pwrite -S 0x63 4751360 44k" $mnt/f1
xfs_io -c "fpunch 2723840 1m" $mnt/f0
xfs_io -c "pwrite -S 0xcd 0 56k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f1
xfs_io -c "fpunch 3993600 160k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 4067328 0 1629608" $mnt/f0
xfs_io -c "fzero -k 2551808 60k" $mnt/f0
md5sum $mnt/f1
xfs_io -c "pwrite 1614272 3m" $mnt/f0
xfs_io -c "reflink $mnt/f1 1306624 1302528 16k" $mnt/f1
xfs_io -c "falloc -k 1223250 7833" $mnt/f0
xfs_io -c "pwrite -S 0x61 2850816 60k" $mnt/f1
xfs_io -c "reflink $mnt/f1 1748992 5005312 2244608" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 1527808 232k" $mnt/f0
xfs_io -c "falloc 3960832 5270" $mnt/f0
rm -f $mnt/f0
xfs_io -c "reflink $mnt/f1 5971968 0 664k" $mnt/f1
xfs_io -f -c "falloc 7487488 44k" $mnt/f0
xfs_io -c "reflink $mnt/f1 5394432 484k 736k" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 952k 40k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 5189632 12k" $mnt/f1
xfs_io -c "truncate 2326528" $mnt/f1
xfs_io -c "dedupe $mnt/f1 1748992 44k 4k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 1982464 0 340k" $mnt/f1
xfs_io -f -c "pwrite 1515520 64k" $mnt/f0
xfs_io -c "dedupe $mnt/sv/g0 960k 1540096 4k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
rm $mnt/f1
xfs_io -c "falloc -k 5853184 36k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 2052096 56k 20k" $mnt/f0
xfs_io -c "falloc -k 1606175 20k" $mnt/f0
xfs_io -c "reflink $mnt/sv/g0 852k 928k 48k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 544k 5099520 124k" $mnt/f0
