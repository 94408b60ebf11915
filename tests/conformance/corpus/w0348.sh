# extsim conformance workload, gen.py seed 348
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 860k 7212" $mnt/f0
xfs_io -c "fpunch 580k 124k" $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -c "dedupe $mnt/f0 740k 116k 24k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 480k 4k 32k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 928k 64k" -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0xcd 504k 6148" $mnt/f0
xfs_io -c "pwrite -S 0xcd 160k 88k" $mnt/f0
xfs_io -c "reflink $mnt/f0 360k 704k 320k" $mnt/f1
xfs_io -c "falloc 276k 8606" $mnt/f0
xfs_io -c "dedupe $mnt/f0 724k 736k 16k" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "reflink $mnt/f1 640k 56k 180k" $mnt/f0
xfs_io -c "fpunch 88k 52k" $mnt/f1
xfs_io -c "fzero 120k 11695" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "reflink $mnt/f1 704k 492k 216k" $mnt/s1/f0
md5sum $mnt/f1
xfs_io -c "fpunch 944k 120k" $mnt/s1/f1
xfs_io -c "falloc -k 612117 88k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 872k 12k" $mnt/f1
xfs_io -c "fpunch 699663 5215" $mnt/s1/f0
xfs_io -f -c "reflink $mnt/s1/f1 204k 500k 780k" $mnt/f2
xfs_io -c "falloc -k 204k 32k" $mnt/f2
xfs_io -c "pwrite -S 0x62 487275 112k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x62 12k 32k" $mnt/f3
sync
xfs_io -c "falloc -k 892k 3m" $mnt/f2
xfs_io -c "reflink $mnt/f2 584k 92k 548k" $mnt/f0
xfs_io -c "pwrite -S 0x63 596k 64k" $mnt/f1
xfs_io -c "fpunch 293005 8636" $mnt/s1/f0
touch $mnt/s1/g1
chattr +C $mnt/s1/g1
xfs_io -c "reflink $mnt/f3 4k 360k 8k" $mnt/f0
xfs_io -c "falloc -k 4k 36k" $mnt/f3
xfs_io -c "falloc 456k 244k" $mnt/s1/f1
xfs_io -c "falloc -k 8k 44k" $mnt/s1/f1
xfs_io -c "dedupe $mnt/s1/f0 720k 0 154668" $mnt/s1/f1
sync
xfs_io -c "dedupe $mnt/s1/f0 316k 32k 32k" $mnt/f0
xfs_io -c "fdatasync" $mnt/s1/f1
sync
md5sum $mnt/f3
xfs_io -c "pwrite -S 0x62 36k 20k" $mnt/f3
xfs_io -c "fdatasync" $mnt/s1/f0
xfs_io -c "truncate 412k" $mnt/f1
