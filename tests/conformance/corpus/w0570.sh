# extsim conformance workload, gen.py seed 570 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount -o nodatacow $dev $mnt
xfs_io -f -c "falloc 24920064 1m" $mnt/f0
xfs_io -c "truncate 288080" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "fpunch 265083 56k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "falloc -k 26243072 152k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 34983 44k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 116k 244k 84k" $mnt/s1/f0
xfs_io -c "fpunch 184k 68k" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f0 224k 12046336 88k" $mnt/f0
xfs_io -c "pwrite -S 0x61 224k 32k" -c "fsync" $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -c "pwrite -S 0x61 7372800 76k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 8k 0 324k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 9441280 108k 32k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 4k 5636096 196k" $mnt/f0
xfs_io -c "reflink $mnt/f1 0 1892352 4k" $mnt/f0
xfs_io -f -c "reflink $mnt/f1 0 13033472 12k" $mnt/s1/g0
sync
xfs_io -c "reflink $mnt/f1 31375360 5120000 8k" $mnt/f1
xfs_io -c "reflink $mnt/s1/f0 76k 12460032 0" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 33308672 16m" -c "fdatasync" $mnt/f1
xfs_io -c "dedupe $mnt/f1 9408512 96k 24k" $mnt/f0
umount $mnt
mount -o nodatacow $dev $mnt
xfs_io -c "dedupe $mnt/s1/g0 5070848 18092032 256k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 29392896 28k" $mnt/s1/g0
xfs_io -c "fzero -k 5978896 16k" $mnt/f0
xfs_io -c "falloc -k 16863232 14m" $mnt/s1/f0
