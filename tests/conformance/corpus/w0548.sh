# extsim conformance workload, gen.py seed 548
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 552k 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 712737 52k" $mnt/f1
xfs_io -c "reflink $mnt/f1 524k 832k 3782" $mnt/f0
xfs_io -c "reflink $mnt/f0 0 996k 4k" $mnt/f0
md5sum $mnt/f0
xfs_io -f -c "pwrite -S 0x62 652k 132k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 782223 20k" $mnt/f3
xfs_io -f -c "pwrite 252k 248k" $mnt/f4
xfs_io -c "pwrite -S 0x62 368k 56k" $mnt/f3
xfs_io -c "reflink $mnt/f2 560k 912k 4k" $mnt/f2
xfs_io -c "reflink $mnt/f2 184k 280k 140k" $mnt/f4
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "dedupe $mnt/f4 424k 440k 20k" $mnt/f4
xfs_io -c "reflink $mnt/f2 24k 556k 356k" $mnt/f3
xfs_io -r -c "fiemap -v" $mnt/s1/f3
xfs_io -c "pwrite 704k 24k" $mnt/f3
xfs_io -c "pwrite -S 0x61 756k 16k" $mnt/s1/f3
xfs_io -c "dedupe $mnt/s1/f3 44k 56k 16k" $mnt/f3
xfs_io -c "fsync" $mnt/s1/f4
xfs_io -c "pwrite -S 0x62 748k 64k" $mnt/f0
xfs_io -c "pwrite -S 0x61 684k 4m" -c "fsync" $mnt/s1/f2
xfs_io -f -c "pwrite -S 0x62 380k 8k" $mnt/f0
xfs_io -c "pwrite -S 0x62 992k 5218" $mnt/f1
xfs_io -c "reflink $mnt/f1 812k 204k 144k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 468k 4m" -c "fdatasync" $mnt/s1/f2
xfs_io -c "pwrite -S 0x62 79215 248k" $mnt/s1/f1
xfs_io -c "pwrite -S 0x63 620k 3314" $mnt/f0
xfs_io -c "dedupe $mnt/f1 896k 0 107618" $mnt/f2
