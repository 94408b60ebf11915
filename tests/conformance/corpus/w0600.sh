# extsim conformance workload, gen.py seed 600
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 908k 1160" $mnt/f0
xfs_io -c "fzero -k 2953 6396" $mnt/f0
xfs_io -c "dedupe $mnt/f0 704k 591148 10466" $mnt/f0
xfs_io -c "pwrite -S 0xcd 721431 16k" $mnt/f0
xfs_io -c "pwrite -S 0x63 496k 208k" $mnt/f0
xfs_io -c "pwrite -S 0x63 108k 4519" $mnt/f0
xfs_io -c "pwrite -S 0x62 228k 8444" $mnt/f0
xfs_io -c "pwrite -S 0x61 548k 20k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite -S 0xcd 312k 52k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 372k 96k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 128k 44k" -c "fsync" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f0 848k 156k 12k" $mnt/s1/f0
xfs_io -c "falloc -k 836k 7031" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 156k 8k" $mnt/f0
xfs_io -c "pwrite -S 0x62 252k 28k" -c "fdatasync" $mnt/s1/f0
xfs_io -f -c "falloc 784k 112k" $mnt/s1/g0
rm $mnt/f0
xfs_io -c "truncate 807539" $mnt/s1/g0
rm -f $mnt/s1/g0
xfs_io -c "falloc -k 204k 20k" $mnt/s1/f0
rm $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x62 556k 40k" $mnt/f0
xfs_io -c "reflink $mnt/f0 416k 324k 184k" $mnt/f0
touch $mnt/s1/g0
chattr +C $mnt/s1/g0
xfs_io -c "truncate 1040198" $mnt/f0
xfs_io -c "truncate 424k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 368k 48k" $mnt/f1
xfs_io -c "fsync" $mnt/f0
xfs_io -c "truncate 52k" $mnt/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -c "truncate 160k" $mnt/f0
sync
xfs_io -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 48k 0 24k" $mnt/s1/g0
xfs_io -c "falloc -k 904k 44k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 36k 80k" $mnt/f0
xfs_io -c "reflink $mnt/f1 220k 240k 200k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/f1 288k 284k 4k" $mnt/f1
xfs_io -c "pwrite -S 0x62 132k 8k" $mnt/f1
