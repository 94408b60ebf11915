# extsim conformance workload, gen.py seed 224
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 275776 32k" -c "fdatasync" $mnt/f0
xfs_io -c "fpunch 128k 16k" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -f -c "truncate 611409" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 108k 24k" $mnt/f0
xfs_io -c "reflink $mnt/f0 476k 116k 4k" $mnt/f0
sync
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -f -c "falloc 192k 56k" $mnt/f2
xfs_io -c "pwrite -S 0x63 136k 9916" -c "fdatasync" $mnt/f2
xfs_io -c "reflink $mnt/s1/f0 36k 216k 240k" $mnt/s2/f1
xfs_io -c "fpunch 8k 52k" $mnt/f1
md5sum $mnt/s1/f0
xfs_io -c "fzero -k 12k 52k" $mnt/s2/f0
xfs_io -f -c "pwrite -S 0x61 690322 7481" $mnt/s2/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x61 208k 48k" $mnt/f2
xfs_io -c "falloc 56k 52k" $mnt/f0
xfs_io -c "fpunch 500k 32k" $mnt/s2/f0
xfs_io -c "pwrite -S 0x62 980k 16k" $mnt/s2/f1
xfs_io -c "fzero 68744 56k" $mnt/f0
xfs_io -c "pwrite -S 0x61 384k 16k" $mnt/f1
xfs_io -c "fdatasync" $mnt/s2/f1
xfs_io -c "dedupe $mnt/f1 20k 436k 20k" $mnt/f1
xfs_io -c "falloc 244k 56k" $mnt/f0
xfs_io -c "truncate 260k" $mnt/s2/f1
xfs_io -c "pwrite -S 0x61 52k 4k" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 464k 32k" $mnt/s2/g0
xfs_io -c "dedupe $mnt/f0 148k 140k 8k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 16k 96k 16k" $mnt/f1
