# extsim conformance workload, gen.py seed 197 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount -o nodatacow $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x62 30597957 4m" -c "fdatasync" $mnt/f0
xfs_io -c "truncate 32276480" $mnt/f0
xfs_io -c "pwrite -S 0x63 11881696 44k" $mnt/f0
xfs_io -c "reflink $mnt/f0 25161728 25161728 8k" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 26574848 8m" $mnt/f0
chattr +C $mnt/f0
xfs_io -f -c "pwrite -b 1m 22843392 16m" $mnt/f0
xfs_io -f -c "truncate 10140179" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 -b 1m 10006528 9m" $mnt/f1
xfs_io -c "pwrite -b 1m 14983168 13m" $mnt/f0
xfs_io -c "pwrite -S 0x62 20652032 152k" $mnt/f1
xfs_io -c "pwrite -S 0x62 -b 1m 11751424 14m" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 18993152 2m" $mnt/f1
xfs_io -c "pwrite -S 0x63 -b 1m 2161457 2m" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "falloc -k 15146850 9900" $mnt/f0
xfs_io -c "falloc 10088823 15m" $mnt/f1
xfs_io -c "reflink $mnt/f1 9338880 796k 12324864" $mnt/f0
sync
xfs_io -c "truncate 32701923" $mnt/f0
xfs_io -c "truncate 25571173" $mnt/f0
xfs_io -c "truncate 4890658" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 9056256 4m" $mnt/f1
xfs_io -c "falloc 21524480 40k" $mnt/f0
xfs_io -f -c "truncate 7633791" $mnt/sv/g0
sync
xfs_io -c "pwrite -S 0x63 -b 1m 4534272 16m" $mnt/sv/g0
xfs_io -c "fsync" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "fpunch 13176832 44k" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 6926336 10m" $mnt/f0
xfs_io -c "fpunch 19558400 68k" $mnt/f0
xfs_io -c "pwrite -S 0xcd -b 1m 23396352 12m" $mnt/f1
xfs_io -c "truncate 18862080" $mnt/f0
xfs_io -c "fzero -k 1126400 3m" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 -b 1m 23560192 13m" -c "fsync" $mnt/f2
xfs_io -c "falloc 8826880 60k" $mnt/sv/g0
xfs_io -f -c "pwrite 28090368 52k" $mnt/f1
xfs_io -c "fsync" $mnt/f2
xfs_io -c "reflink $mnt/f2" $mnt/f1
xfs_io -c "pwrite -S 0x63 -b 1m 10530816 6m" -c "fsync" $mnt/sv/g0
xfs_io -f -c "pwrite 31154176 1796" $mnt/f3
xfs_io -c "reflink $mnt/f0 14262272 29057024 1548288" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 -b 1m 18489344 4m" $mnt/f4
sync
xfs_io -f -c "pwrite -S 0x62 19975850 4k" $mnt/f5
xfs_io -c "reflink $mnt/f0 1077248 332k 3702784" $mnt/f3
xfs_io -c "dedupe $mnt/f1 2560000 4k 8k" $mnt/f0
xfs_io -c "falloc 11386880 24k" $mnt/f4
xfs_io -c "dedupe $mnt/sv/g0 856k 24k 28k" $mnt/f0
xfs_io -c "pwrite -S 0x62 15233024 32k" $mnt/sv/g0
xfs_io -c "reflink $mnt/f1 33402880 26025984 3059712" $mnt/f4
xfs_io -c "fpunch 14364026 3m" $mnt/f5
xfs_io -f -c "falloc -k 28499968 16m" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x62 15310848 9524" $mnt/sv/g1
xfs_io -c "fpunch 10878976 28k" $mnt/f5
sync
umount $mnt
mount -o nodatacow $dev $mnt
