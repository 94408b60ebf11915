# extsim conformance workload, gen.py seed 426
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 1961984 44k" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "truncate 712k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 1228800 156k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 148k 5765" $mnt/f0
xfs_io -c "pwrite -S 0xcd 724k 28k" $mnt/f0
xfs_io -c "pwrite -S 0x61 588k 56k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite 520k 767" $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
rm -f $mnt/s1/f0
xfs_io -f -c "pwrite 448k 64k" $mnt/f0
xfs_io -c "pwrite -S 0x61 60k 4220" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 624k 184k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "reflink $mnt/f1 42967 944k 32k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 228k 228k 16k" $mnt/f1
xfs_io -c "fpunch 40k 10713" $mnt/f1
xfs_io -c "reflink $mnt/f1 8k 56k 52k" $mnt/f1
xfs_io -c "falloc -k 176k 56k" $mnt/f0
xfs_io -c "truncate 1182418" $mnt/f0
xfs_io -c "pwrite -S 0xcd 1310720 132k" $mnt/f0
xfs_io -c "reflink $mnt/f1 24k 348k 28k" $mnt/f1
xfs_io -c "reflink $mnt/f1 308k 660k 8k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1368064 1314816 8k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "falloc 252k 24k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 144k 12k" $mnt/f1
xfs_io -c "truncate 143998" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 228k 48k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 44k 220k" $mnt/f1
xfs_io -c "pwrite -S 0x62 72959 12k" -c "fdatasync" $mnt/f2
xfs_io -f -c "falloc -k 1343488 236k" $mnt/f3
xfs_io -c "dedupe $mnt/f0 1073152 0 24k" $mnt/f0
