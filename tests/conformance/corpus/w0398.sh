# extsim conformance workload, gen.py seed 398
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
sync
xfs_io -f -c "reflink $mnt/f0 4k 1613824 4k" $mnt/f0
xfs_io -c "pwrite -S 0x61 1282048 52k" $mnt/f0
sync
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -f -c "reflink $mnt/f2 912k 904k 32k" $mnt/f2
xfs_io -c "pwrite -S 0x62 104k 56k" -c "fsync" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f2
xfs_io -c "pwrite -S 0x62 345087 64k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 1318912 4m" $mnt/f0
xfs_io -c "reflink $mnt/f1 52k 356k 100k" $mnt/f2
xfs_io -c "falloc 4243095 128k" $mnt/f0
xfs_io -c "falloc -k 2846613 5870" $mnt/f0
xfs_io -c "reflink $mnt/f1 108k 1642496 64k" $mnt/f2
xfs_io -c "reflink $mnt/f1 0 284k 112k" $mnt/f2
xfs_io -c "pwrite -S 0x61 892k 10333" -c "fsync" $mnt/f0
xfs_io -c "fpunch 292k 100k" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 580k 20k" $mnt/f3
xfs_io -c "fzero -k 362281 48k" $mnt/f3
xfs_io -c "reflink $mnt/f3" $mnt/f2
xfs_io -c "dedupe $mnt/f2 399020 32k 24k" $mnt/f2
xfs_io -c "dedupe $mnt/f1 124k 0 40k" $mnt/f2
xfs_io -c "truncate 672k" $mnt/f1
xfs_io -c "pwrite 1855488 44k" $mnt/f0
xfs_io -c "dedupe $mnt/f3 472k 36k 32k" $mnt/f0
xfs_io -c "fpunch 590359 28k" $mnt/f3
xfs_io -c "fpunch 316k 48k" $mnt/f1
xfs_io -c "pwrite -S 0x61 196k 192k" $mnt/f3
xfs_io -c "fzero 916k 52k" $mnt/f1
xfs_io -c "reflink $mnt/f2 320k 352k 244k" $mnt/f2
xfs_io -c "falloc -k 2916352 108k" $mnt/f0
xfs_io -c "reflink $mnt/f0 728k 560k 4378624" $mnt/f2
xfs_io -c "reflink $mnt/f1 200k 192k 28k" $mnt/f1
chattr +C $mnt/f1
xfs_io -c "pwrite -S 0x62 1544192 32k" $mnt/f2
xfs_io -c "pwrite -S 0x61 2310144 20k" $mnt/f2
chattr +C $mnt/f1
rm $mnt/f3
xfs_io -c "dedupe $mnt/f1 592k 44k 20k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1949696 2166784 3006464" $mnt/f2
xfs_io -c "dedupe $mnt/f1 760k 856k 28k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 388k 104k" -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 200k 56k" $mnt/f3
xfs_io -c "dedupe $mnt/f1 164k 20k 20k" $mnt/f0
xfs_io -c "fpunch 2416640 10116" $mnt/f0
xfs_io -c "pwrite -S 0x61 1867776 5299" -c "fsync" $mnt/f1
touch $mnt/f4
chattr +C $mnt/f4
