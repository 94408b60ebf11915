# extsim conformance workload, gen.py seed 189
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "truncate 20445" $mnt/f0
xfs_io -c "dedupe $mnt/f0 16k 0 8157" $mnt/f0
xfs_io -c "fpunch 8k 1m" $mnt/f0
xfs_io -c "dedupe $mnt/f0 16k 4k 20k" $mnt/f0
xfs_io -c "reflink $mnt/f0 0 0 12k" $mnt/f0
xfs_io -c "truncate 984k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 800k 796k 28k" $mnt/f0
xfs_io -c "fpunch 948k 9980" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 752199 132k" $mnt/f0
xfs_io -c "fzero 713575 244k" $mnt/f0
rm $mnt/f0
xfs_io -f -c "pwrite -S 0x61 664k 60k" $mnt/sv/g0
xfs_io -f -c "falloc 228515 24k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 124k 7781" -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f0 172k 32k 89251" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "falloc 472k 76k" $mnt/sv/g0
xfs_io -c "fpunch 107241 160k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0xcd 725263 20k" -c "fsync" $mnt/f0
xfs_io -c "truncate 420k" $mnt/sv/g0
rm $mnt/sv/g0
xfs_io -c "pwrite 188270 4546" -c "fsync" $mnt/f0
rm $mnt/f0
xfs_io -f -c "falloc 704k 124k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 792k 1216" $mnt/f1
xfs_io -c "fpunch 816k 40k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 256k 509" $mnt/f0
xfs_io -c "pwrite -S 0x62 768k 4k" $mnt/f1
sync
xfs_io -c "falloc -k 680k 9932" $mnt/f0
xfs_io -c "pwrite 16k 16k" $mnt/f1
xfs_io -c "fpunch 540k 28k" $mnt/f0
xfs_io -c "reflink $mnt/f0 424k 128k 76k" $mnt/f0
xfs_io -c "pwrite -S 0x61 184k 52k" $mnt/f1
xfs_io -c "reflink $mnt/f1 208k 308k 352k" $mnt/f1
xfs_io -c "pwrite -S 0x62 -b 1m 496k 4m" $mnt/f0
xfs_io -c "pwrite -S 0xcd 64k 44k" -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0xcd 332k 6069" -c "fsync" $mnt/f1
xfs_io -c "falloc 572k 52k" $mnt/f1
xfs_io -c "falloc 532k 8k" $mnt/f0
xfs_io -c "fpunch 615982 871" $mnt/f1
xfs_io -c "reflink $mnt/f1 612k 692k 76k" $mnt/f1
md5sum $mnt/f0
md5sum $mnt/f0
xfs_io -c "pwrite -S 0x62 3407872 16k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1966080 396k 2748416" $mnt/f1
xfs_io -c "reflink $mnt/f0 684k 776k 356k" $mnt/f1
xfs_io -c "fzero 4206592 12k" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "falloc -k 556k 20k" $mnt/f1
xfs_io -c "pwrite -S 0x62 398529 56k" $mnt/f1
xfs_io -c "pwrite -S 0x61 3375104 7329" $mnt/f0
