# extsim conformance workload, gen.py seed 341
mkfs.btrfs -f $dev -b 256m > /dev/null
mount -o nodatacow $dev $mnt
sync
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x61 180k 12k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 0 52k" $mnt/f0
xfs_io -f -c "falloc 84k 32k" $mnt/f1
xfs_io -c "falloc -k 136k 6146" $mnt/f0
xfs_io -f -c "falloc 588092 48k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0xcd 68k 8092" $mnt/f0
xfs_io -c "falloc 687839 120k" $mnt/f0
xfs_io -c "fdatasync" $mnt/s1/g0
xfs_io -c "reflink $mnt/f1 32k 592k 80k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/f1 92k 0 28k" $mnt/f0
xfs_io -c "reflink $mnt/s1/g0 612k 144k 28k" $mnt/s1/g0
xfs_io -c "falloc 0 4m" $mnt/f1
chattr +C $mnt/f0
xfs_io -c "reflink $mnt/s1/g0 664k 180k 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 590594 32k" $mnt/f0
sync
xfs_io -c "dedupe $mnt/f1 4104192 116k 24k" $mnt/f0
xfs_io -c "reflink $mnt/f1 884k 676k 952k" $mnt/f0
chattr +C $mnt/f1
xfs_io -c "falloc 1754101 252k" $mnt/f1
xfs_io -c "reflink $mnt/f1 1159168 696k 3043328" $mnt/f0
xfs_io -c "falloc 84k 5855" $mnt/f0
xfs_io -c "pwrite -S 0x62 3547136 56k" $mnt/f1
xfs_io -c "falloc 4153344 164k" $mnt/f1
xfs_io -c "fzero 192k 196k" $mnt/f1
xfs_io -c "pwrite -S 0x61 512k 24k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 408k 184k" $mnt/f2
chattr +C $mnt/s1/g0
md5sum $mnt/f0
xfs_io -c "fzero 1187840 64k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "reflink $mnt/f0 636k 388k 1004k" $mnt/s2/f0
xfs_io -c "falloc -k 3432448 64k" $mnt/s2/f1
xfs_io -f -c "pwrite -S 0x62 364k 148k" $mnt/s2/f0
xfs_io -c "pwrite -S 0x62 968924 92k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 592k 588k 16k" $mnt/s2/f2
xfs_io -c "pwrite -S 0x61 3227648 2m" $mnt/s2/f1
xfs_io -c "falloc -k 1008k 9290" $mnt/f2
xfs_io -f -c "pwrite -S 0xcd 712745 9297" $mnt/f1
xfs_io -c "dedupe $mnt/f2 448k 968k 12k" $mnt/f1
touch $mnt/s2/g2
chattr +C $mnt/s2/g2
xfs_io -c "truncate 4804608" $mnt/s2/f1
xfs_io -c "pwrite 816k 52k" $mnt/s2/g2
xfs_io -c "dedupe $mnt/f1 2072576 2072576 24k" $mnt/f1
xfs_io -c "falloc 431926 12k" $mnt/s2/f2
xfs_io -c "reflink $mnt/s1/g0 216k 56k 44k" $mnt/s2/f0
xfs_io -c "pwrite -S 0x62 856k 36k" $mnt/f2
xfs_io -c "fsync" $mnt/f1
xfs_io -f -c "reflink $mnt/f1 2797568 188k 940k" $mnt/s2/g0
xfs_io -c "fzero 524k 56k" $mnt/s2/g2
rm $mnt/s2/g0
xfs_io -f -c "falloc -k 4k 228k" $mnt/f3
xfs_io -c "falloc -k 572k 24k" $mnt/f0
xfs_io -c "dedupe $mnt/f2 792k 132k 28k" $mnt/f0
xfs_io -c "pwrite -S 0x61 448k 52k" $mnt/f0
xfs_io -c "falloc 3173524 64k" $mnt/s2/f1
xfs_io -c "dedupe $mnt/s2/g2 372k 128k 32k" $mnt/f0
rm -f $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 132k 12k" $mnt/f3
xfs_io -c "reflink $mnt/f1 532k 3362816 504k" $mnt/f1
xfs_io -c "fpunch 564k 48k" $mnt/s2/g2
xfs_io -c "truncate 896k" $mnt/f3
