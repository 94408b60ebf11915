# extsim conformance workload, gen.py seed 105
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 332k 20k" $mnt/f0
xfs_io -c "fpunch 788k 32k" $mnt/f0
chattr +C $mnt/f0
xfs_io -f -c "reflink $mnt/f0 316k 380k 8k" $mnt/f1
rm $mnt/f1
xfs_io -c "reflink $mnt/f0 264k 132k 16k" $mnt/f0
xfs_io -c "pwrite -S 0x63 28k 24k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 208k 152k 20k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 220k 44k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 60k 28k" $mnt/f0
sync
xfs_io -c "reflink $mnt/f0 72k 224k 108k" $mnt/f1
xfs_io -c "falloc -k 164k 16k" $mnt/f1
xfs_io -c "pwrite -S 0x61 132k 76k" $mnt/f0
xfs_io -f -c "pwrite 904k 24k" $mnt/f1
xfs_io -c "reflink $mnt/f0 12k 192k 352k" $mnt/f0
xfs_io -c "pwrite -S 0x63 228k 80k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x63 132k 56k" $mnt/f0
xfs_io -c "pwrite -S 0x63 272k 48k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 836k 200k" $mnt/f2
xfs_io -f -c "pwrite 152k 56k" $mnt/f0
xfs_io -c "reflink $mnt/f2 84k 964k 80k" $mnt/f2
xfs_io -c "reflink $mnt/f0 52k 584540 8k" $mnt/f1
md5sum $mnt/f2
xfs_io -c "pwrite -S 0x61 487596 64k" $mnt/f1
xfs_io -c "pwrite -S 0x63 932k 44k" $mnt/f0
xfs_io -c "reflink $mnt/f1 576k 736k 32k" $mnt/f1
xfs_io -c "fpunch 621783 2127" $mnt/f1
xfs_io -c "truncate 784k" $mnt/f0
xfs_io -c "fzero -k 848k 10648" $mnt/f1
chattr +C $mnt/f0
xfs_io -c "dedupe $mnt/f1 917838 92k 4m" $mnt/f2
xfs_io -f -c "pwrite -S 0xcd 652k 216k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 196k 0 676k" $mnt/f2
xfs_io -c "pwrite -S 0x62 904k 176k" -c "fdatasync" $mnt/f0
xfs_io -f -c "falloc 52k 8706" $mnt/f3
xfs_io -c "pwrite -S 0x63 696k 196k" $mnt/f0
xfs_io -c "reflink $mnt/f1 444k 132k 20k" $mnt/f1
xfs_io -c "fpunch 420k 164k" $mnt/f3
xfs_io -c "pwrite 419849 3587" $mnt/f2
xfs_io -c "fsync" $mnt/f0
xfs_io -c "falloc -k 548k 36k" $mnt/f2
xfs_io -c "reflink $mnt/f1 884k 804k 52k" $mnt/f1
xfs_io -c "pwrite 12k 40k" $mnt/f3
sync
xfs_io -c "truncate 39569" $mnt/f3
xfs_io -c "truncate 949679" $mnt/f3
xfs_io -f -c "falloc -k 872k 36k" $mnt/f4
xfs_io -c "dedupe $mnt/f1 480k 524k 12k" $mnt/f1
xfs_io -c "dedupe $mnt/f2 540k 324k 28k" $mnt/f0
xfs_io -c "falloc -k 436k 3892" $mnt/f1
xfs_io -c "fpunch 224k 52k" $mnt/f2
xfs_io -c "pwrite -S 0xcd 944k 56k" $mnt/f4
xfs_io -c "fsync" $mnt/f3
xfs_io -c "pwrite -S 0x62 548k 152k" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 416k 2902" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 -b 1m 744k 4m" $mnt/f5
xfs_io -c "pwrite -S 0x61 3555328 20k" $mnt/f5
xfs_io -f -c "reflink $mnt/f0 916k 248k 52k" $mnt/f6
xfs_io -c "dedupe $mnt/f4 612k 0 392k" $mnt/f5
sync
