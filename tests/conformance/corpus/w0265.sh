# extsim conformance workload, gen.py seed 265
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
touch $mnt/f0
chattr +C $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x61 896k 40k" $mnt/f0
xfs_io -c "pwrite -S 0x62 76k 52k" -c "fdatasync" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 268k 624k 128k" $mnt/f0
xfs_io -c "pwrite -S 0x61 523903 52k" -c "fdatasync" $mnt/f0
xfs_io -c "fpunch 68k 4654" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
chattr +C $mnt/f0
xfs_io -c "fpunch 782056 32k" $mnt/f0
xfs_io -c "fpunch 104k 3474" $mnt/f0
xfs_io -c "reflink $mnt/f0 240k 228k 704k" $mnt/f0
xfs_io -c "fpunch 162155 52k" $mnt/f0
xfs_io -c "reflink $mnt/f0 676k 1327104 24k" $mnt/f0
xfs_io -c "fpunch 1613824 172k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/f0 160k 0 20k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 548k 792k 228k" $mnt/f0
xfs_io -c "reflink $mnt/f0 392k 204k 192k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 68k 60k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f0 728k 36k 16k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1261568 36k 16k" $mnt/f0
xfs_io -f -c "falloc -k 1339392 156k" $mnt/f1
xfs_io -c "pwrite -S 0x62 844k 60k" $mnt/s1/f0
touch $mnt/s1/g0
chattr +C $mnt/s1/g0
xfs_io -c "reflink $mnt/f0 240k 1286144 988k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/f0 848k 852k 32k" $mnt/s1/f0
xfs_io -c "pwrite 1212416 168k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 368k 10287" $mnt/f1
xfs_io -c "pwrite -S 0x63 1061761 40k" $mnt/f1
xfs_io -c "pwrite -S 0x63 796k 36k" $mnt/f1
xfs_io -c "truncate 579347" $mnt/s1/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "pwrite -S 0x61 280k 88k" $mnt/s2/f0
xfs_io -c "pwrite -S 0x62 716k 104k" $mnt/s2/f1
xfs_io -c "dedupe $mnt/f1 680k 768k 32k" $mnt/s2/f0
xfs_io -c "falloc 1271553 20k" $mnt/f0
xfs_io -c "reflink $mnt/s2/f1 616k 60k 400k" $mnt/s2/f1
xfs_io -c "truncate 1095521" $mnt/s2/f1
xfs_io -r -c "fiemap -v" $mnt/s1/f0
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -f -c "pwrite -S 0xcd 1912832 44k" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 1956240 256k" $mnt/s1/g0
xfs_io -f -c "reflink $mnt/s3/f1 888k 1798144 201601" $mnt/s2/g0
xfs_io -f -c "pwrite 408k 4k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 292k 216k 196k" $mnt/f1
md5sum $mnt/f2
touch $mnt/s2/g1
chattr +C $mnt/s2/g1
