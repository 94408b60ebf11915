# extsim conformance workload, gen.py seed 308 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc 28815360 24k" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 21024768 16m" $mnt/f0
xfs_io -c "falloc -k 34119680 28k" $mnt/f0
xfs_io -c "reflink $mnt/f0 17494016 2215936 11730944" $mnt/f0
xfs_io -c "dedupe $mnt/f0 33148928 5812224 12k" $mnt/f0
xfs_io -c "falloc 25579520 4m" $mnt/f0
xfs_io -c "dedupe $mnt/f0 26206208 5746688 8k" $mnt/f0
xfs_io -f -c "truncate 18722816" $mnt/f1
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f1 5541888 20m 13189120" $mnt/f0
xfs_io -c "pwrite -S 0x62 48k 56k" $mnt/f1
xfs_io -f -c "reflink $mnt/f1 6725632 14643200 12005376" $mnt/f2
xfs_io -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0x63 -b 1m 12091392 9m" $mnt/f2
xfs_io -c "pwrite -S 0x61 4796416 9730" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 392k 52k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 -b 1m 1269760 6m" $mnt/f1
md5sum $mnt/f1
xfs_io -c "dedupe $mnt/f2 536k 548k 20k" $mnt/f2
xfs_io -c "fpunch 20054016 36k" $mnt/f2
xfs_io -c "dedupe $mnt/f0 16939644 4677632 48k" $mnt/f2
xfs_io -c "reflink $mnt/f0 17387520 27598848 20418560" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f2
xfs_io -c "reflink $mnt/f1 15077376 32301056 1339392" $mnt/f2
xfs_io -c "reflink $mnt/f0 22355968 3153920 11464704" $mnt/f1
umount $mnt
mount $dev $mnt
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0xcd 11988992 11868" $mnt/s1/f1
xfs_io -c "fpunch 12668928 248k" $mnt/f1
xfs_io -c "reflink $mnt/f0 29368320 3936256 4710400" $mnt/f2
xfs_io -f -c "reflink $mnt/s1/f2 11677696 17895424 24k" $mnt/s1/g0
xfs_io -c "pwrite 16199680 48k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 5382144 3690" $mnt/f0
xfs_io -c "falloc 22938206 64k" $mnt/f0
xfs_io -c "pwrite -S 0x63 27774976 24k" $mnt/f0
xfs_io -c "pwrite -S 0x62 15462400 44k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "reflink $mnt/f1 7233536 8777728 11497472" $mnt/s2/f2
