# extsim conformance workload, gen.py seed 489
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "truncate 104k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 541302 208" $mnt/f1
md5sum $mnt/f0
chattr +C $mnt/f0
xfs_io -c "fzero 163637 4k" $mnt/f1
xfs_io -c "falloc -k 748k 2918" $mnt/f0
xfs_io -c "fzero 434736 56k" $mnt/f1
xfs_io -c "falloc -k 365819 4k" $mnt/f1
xfs_io -c "falloc -k 124k 44k" $mnt/f1
xfs_io -c "fpunch 227718 40k" $mnt/f1
xfs_io -c "reflink $mnt/f0 20k 588k 16k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 564k 48k" $mnt/f2
sync
xfs_io -c "falloc -k 76k 10062" $mnt/f0
xfs_io -c "falloc -k 64k 28k" $mnt/f0
xfs_io -f -c "falloc 112k 52k" $mnt/f3
xfs_io -c "fpunch 280k 44k" $mnt/f1
xfs_io -c "reflink $mnt/f0 108k 92k 8k" $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x61 760k 60k" $mnt/f4
sync
xfs_io -c "fpunch 636k 28k" $mnt/f4
xfs_io -f -c "pwrite 328k 12239" -c "fdatasync" $mnt/f1
xfs_io -c "fzero 840k 56k" $mnt/f2
rm $mnt/f2
xfs_io -c "fpunch 86042 80k" $mnt/f0
xfs_io -c "pwrite -S 0x63 132k 144k" $mnt/f3
xfs_io -c "reflink $mnt/f1 44k 36k 16k" $mnt/f1
xfs_io -c "fzero -k 388k 132k" $mnt/f3
xfs_io -c "pwrite 984k 200k" -c "fsync" $mnt/f3
xfs_io -c "pwrite -S 0x63 40k 56k" $mnt/f0
xfs_io -c "fpunch 604k 36k" $mnt/f0
sync
xfs_io -c "reflink $mnt/f4 128k 49589 16k" $mnt/f1
sync
xfs_io -c "fsync" $mnt/f4
xfs_io -c "pwrite -S 0x63 29214 240k" $mnt/f0
