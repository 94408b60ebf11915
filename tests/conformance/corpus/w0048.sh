# extsim conformance workload, gen.py seed 48
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 7311360 4k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
md5sum $mnt/f0
xfs_io -c "reflink $mnt/f0 4k 2732032 4k" $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -c "falloc 4743168 56k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 432k 40k" $mnt/f1
xfs_io -c "fpunch 160k 169" $mnt/f1
umount $mnt
mount $dev $mnt
xfs_io -c "fpunch 166225 228k" $mnt/f1
xfs_io -c "truncate 188k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 1298432 1331200 16k" $mnt/f0
xfs_io -f -c "falloc 6569984 248k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 676k 12149" $mnt/f3
xfs_io -c "fpunch 7520256 92k" $mnt/f2
xfs_io -f -c "reflink $mnt/f3 72k 3317760 638837" $mnt/f4
xfs_io -c "pwrite -S 0xcd 7141846 5149" -c "fsync" $mnt/f4
xfs_io -c "reflink $mnt/f0 1097728 1773568 3710976" $mnt/f0
xfs_io -c "pwrite -S 0x61 3538944 9680" $mnt/f4
rm $mnt/f2
xfs_io -c "pwrite -S 0x63 767506 60k" $mnt/f0
xfs_io -c "falloc -k 107767 574" $mnt/f1
xfs_io -c "pwrite -S 0x62 3393678 24k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 12169 8k" $mnt/f1
xfs_io -c "pwrite -S 0x61 26613 24k" $mnt/f1
xfs_io -c "pwrite -S 0x62 88k 36k" $mnt/f1
xfs_io -c "truncate 361732" $mnt/f3
xfs_io -f -c "pwrite -S 0x62 8167424 256k" $mnt/f2
sync
xfs_io -c "falloc -k 4009984 36k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1020k 5918720 44k" $mnt/f3
sync
xfs_io -c "pwrite -S 0x61 1179648 232k" -c "fdatasync" $mnt/f3
xfs_io -c "reflink $mnt/f2 2936832 2945024 4k" $mnt/f2
xfs_io -c "dedupe $mnt/f3 2879488 0 4k" $mnt/f1
touch $mnt/f5
chattr +C $mnt/f5
xfs_io -c "reflink $mnt/f1 20k 2211840 12k" $mnt/f5
xfs_io -c "falloc -k 1150976 4k" $mnt/f0
xfs_io -c "fpunch 2961408 9711" $mnt/f0
xfs_io -c "pwrite -S 0x63 4116480 188k" -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f2 6852608 984k 1282048" $mnt/f0
xfs_io -c "pwrite -S 0x62 118864 232k" $mnt/f2
xfs_io -f -c "pwrite 7708672 256k" $mnt/f6
xfs_io -c "falloc 32k 10141" $mnt/f1
xfs_io -c "pwrite -S 0x61 6230016 28k" -c "fdatasync" $mnt/f0
sync
xfs_io -c "reflink $mnt/f0 392k 7069696 92k" $mnt/f0
xfs_io -c "pwrite -S 0x62 1114112 48k" $mnt/f6
xfs_io -c "fzero 4685824 64k" $mnt/f4
xfs_io -c "dedupe $mnt/f5 504k 516k 16k" $mnt/f5
xfs_io -c "truncate 6999346" $mnt/f2
xfs_io -c "pwrite -S 0x62 5492736 36k" $mnt/f3
rm $mnt/f5
xfs_io -c "falloc -k 3121152 76k" $mnt/f2
rm $mnt/f3
xfs_io -c "pwrite -S 0x63 6492160 48k" $mnt/f1
