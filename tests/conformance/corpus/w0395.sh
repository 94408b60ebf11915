# extsim conformance workload, gen.py seed 395
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 6094848 40k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 6508544 36k" $mnt/f0
xfs_io -c "pwrite -S 0x61 660k 40k" $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -c "reflink $mnt/f1 0 1519616 4k" $mnt/f0
xfs_io -c "falloc -k 2m 32k" $mnt/f1
xfs_io -c "falloc -k 6287360 12k" $mnt/f0
xfs_io -c "pwrite -b 1m 2588672 1m" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 628k 8k" $mnt/f2
xfs_io -c "dedupe $mnt/f2 200k 16k 32k" $mnt/f0
chattr +C $mnt/f0
xfs_io -f -c "falloc -k 384k 20k" $mnt/f3
xfs_io -c "pwrite -S 0x63 6381568 64k" $mnt/f0
xfs_io -c "dedupe $mnt/f3 4k 0 4k" $mnt/f1
xfs_io -c "pwrite -S 0x62 7053312 56k" -c "fdatasync" $mnt/f3
xfs_io -c "dedupe $mnt/f0 824k 524k 12k" $mnt/f1
md5sum $mnt/f1
xfs_io -c "fsync" $mnt/f3
xfs_io -f -c "falloc 4206592 52k" $mnt/f4
xfs_io -f -c "falloc 6287360 4k" $mnt/f5
xfs_io -c "pwrite -S 0x63 2465792 16k" $mnt/f5
xfs_io -c "fpunch 6242304 20k" $mnt/f1
xfs_io -c "pwrite -S 0x61 5132288 52k" $mnt/f5
sync
md5sum $mnt/f3
xfs_io -c "pwrite 5720146 28k" $mnt/f5
xfs_io -f -c "pwrite -S 0x62 176k 9462" $mnt/f2
xfs_io -c "falloc -k 861085 60k" $mnt/f1
xfs_io -c "fzero -k 2593794 48k" $mnt/f4
xfs_io -c "falloc 154745 20k" $mnt/f2
chattr +C $mnt/f5
sync
xfs_io -c "fpunch 3588096 64k" $mnt/f5
sync
xfs_io -c "reflink $mnt/f3 3436544 2850816 1908736" $mnt/f3
xfs_io -c "dedupe $mnt/f4 1634304 44k 8k" $mnt/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -c "fzero 6889472 60k" $mnt/f3
xfs_io -r -c "fiemap -v" $mnt/f3
xfs_io -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0x62 2633728 5879" $mnt/f5
xfs_io -c "dedupe $mnt/f5 184k 0 24k" $mnt/f0
xfs_io -f -c "reflink $mnt/f3 5558272 1310720 1560576" $mnt/f6
xfs_io -c "pwrite -S 0xcd 184k 4m" $mnt/f4
xfs_io -c "dedupe $mnt/f3 3874816 588k 32k" $mnt/f0
xfs_io -c "pwrite -S 0x62 4186112 4k" -c "fdatasync" $mnt/f6
xfs_io -f -c "pwrite -S 0x62 3182592 216k" $mnt/f7
xfs_io -c "pwrite -S 0xcd 4596510 4854" $mnt/f5
