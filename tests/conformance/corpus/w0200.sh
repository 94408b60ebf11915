# extsim conformance workload, gen.py seed 200
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount -o nodatacow $dev $mnt
xfs_io -f -c "falloc 2801664 60k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1622016 940k 720k" $mnt/f0
xfs_io -c "reflink $mnt/f0 2019328 2043904 504k" $mnt/f0
xfs_io -c "pwrite -S 0x63 2441216 8k" $mnt/f0
xfs_io -c "reflink $mnt/f0 432k 6053888 812k" $mnt/f0
xfs_io -c "falloc 2351104 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1974272 68k" $mnt/f1
xfs_io -c "fpunch 60k 240k" $mnt/f1
rm -f $mnt/f1
xfs_io -c "reflink $mnt/f0 3764224 6127616 284k" $mnt/f0
xfs_io -c "pwrite -S 0x61 404k 180k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 4800512 20k" -c "fdatasync" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "reflink $mnt/f0 4m 700k 1000k" $mnt/f0
sync
rm $mnt/f0
xfs_io -f -c "pwrite -S 0x61 678885 180k" $mnt/f0
xfs_io -c "falloc 837139 252k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 8134656 7218" $mnt/f1
xfs_io -c "pwrite 6529024 52k" $mnt/f0
xfs_io -c "reflink $mnt/f1 6553600 2801664 1118208" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f1
sync
xfs_io -c "pwrite -S 0x63 156k 252k" $mnt/f0
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -f -c "pwrite -S 0x63 4104192 5996" $mnt/f0
xfs_io -c "reflink $mnt/f2 0 7327744 4k" $mnt/f1
