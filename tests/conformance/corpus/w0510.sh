# extsim conformance workload, gen.py seed 510
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd 760k 36k" $mnt/f0
xfs_io -c "fpunch 600k 88k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 448k 60k" $mnt/f0
xfs_io -f -c "pwrite 208k 16k" $mnt/f0
xfs_io -c "pwrite -S 0x63 684k 4k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0xcd 508k 24k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 750190 16k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1732608 64k" $mnt/f1
xfs_io -c "pwrite -S 0x63 256k 1m" -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0x63 1101824 16k" $mnt/f1
xfs_io -c "truncate 240330" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1758217 8k" -c "fdatasync" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "reflink $mnt/f1 488k 1257472 1302528" $mnt/f0
xfs_io -c "falloc 1052672 228k" $mnt/f0
xfs_io -c "truncate 1284542" $mnt/f0
xfs_io -c "pwrite -S 0x62 856k 88k" $mnt/f0
xfs_io -c "falloc 416k 4k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 296k 360k 28k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 900k 196k" $mnt/f1
xfs_io -c "reflink $mnt/f1 1679360 756k 92k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 1372983 232k" -c "fdatasync" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fpunch 1380352 48k" $mnt/f1
xfs_io -c "reflink $mnt/f1 1757184 1150976 20k" $mnt/f1
xfs_io -c "fpunch 1234682 12k" $mnt/f1
xfs_io -c "pwrite -S 0x62 528k 60k" -c "fsync" $mnt/f1
xfs_io -c "fdatasync" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 1056768 56k" -c "fdatasync" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 189336 56k" $mnt/f3
xfs_io -c "reflink $mnt/f2 1012k 764k 88k" $mnt/f2
xfs_io -c "reflink $mnt/f2 1081344 1888256 40k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "reflink $mnt/s1/f1 212k 56k 564k" $mnt/s1/f2
xfs_io -f -c "pwrite -S 0x63 1622106 32k" -c "fsync" $mnt/f1
xfs_io -c "reflink $mnt/f0 252k 656k 132k" $mnt/f2
xfs_io -c "reflink $mnt/s1/f0 736k 1261568 24k" $mnt/f2
xfs_io -c "fpunch 248k 24k" $mnt/s1/f1
xfs_io -c "fpunch 360k 2312" $mnt/s1/f0
rm $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x62 1396736 12k" $mnt/s1/f1
xfs_io -c "reflink $mnt/s1/f1 428k 412k 12k" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x63 216k 8k" $mnt/s1/f3
xfs_io -f -c "pwrite -S 0x61 1261269 20k" $mnt/s1/f3
xfs_io -c "pwrite -S 0x62 1640735 8k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 796k 64k" $mnt/f2
xfs_io -c "dedupe $mnt/f3 240k 0 5016" $mnt/s1/f3
xfs_io -c "pwrite -S 0xcd 540k 48k" $mnt/f2
xfs_io -f -c "reflink $mnt/s1/f1 1753088 1282048 16k" $mnt/s1/g0
xfs_io -c "fpunch 76634 48k" $mnt/s1/f3
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x63 696k 8k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/s1/g0
sync
xfs_io -c "fpunch 232k 1m" $mnt/f3
xfs_io -c "falloc 617086 12k" $mnt/f3
xfs_io -c "pwrite -S 0x61 100174 172k" $mnt/f0
xfs_io -c "pwrite -S 0x63 2027520 36k" $mnt/f0
xfs_io -c "pwrite -S 0x62 866430 20k" -c "fdatasync" $mnt/f2
xfs_io -f -c "truncate 272k" $mnt/f4
xfs_io -f -c "pwrite -S 0x61 696k 8k" $mnt/s1/f2
xfs_io -f -c "pwrite -S 0x62 460k 124k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/s1/f3
