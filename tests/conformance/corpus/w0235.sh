# extsim conformance workload, gen.py seed 235
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x63 249176 24k" $mnt/f0
xfs_io -c "falloc 177643 60k" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 96k 48k" $mnt/f0
xfs_io -c "pwrite -S 0x61 940k 52k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "falloc -k 20k 8k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 548k 40k" $mnt/sv/g0
sync
xfs_io -c "pwrite -S 0xcd 364k 216k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 456k 24k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 228k 24k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 100k 92k 144k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 432k 32k" $mnt/sv/g0
xfs_io -c "truncate 944k" $mnt/f0
xfs_io -c "truncate 668k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 456k 252k 100k" $mnt/f0
xfs_io -f -c "falloc -k 944k 3680" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x63 496k 56k" $mnt/f0
xfs_io -c "truncate 338326" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 172k 8k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x61 1045997 64k" $mnt/f1
xfs_io -c "reflink $mnt/f1 296k 352k 32k" $mnt/sv/g0
xfs_io -c "fzero 362244 64k" $mnt/sv/g0
xfs_io -c "pwrite 808k 4k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/f1 660k 0 439789" $mnt/f1
xfs_io -c "fzero -k 200k 16k" $mnt/sv/g0
xfs_io -f -c "pwrite 892k 44k" $mnt/f1
sync
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "truncate 604k" $mnt/f0
md5sum $mnt/sv/g1
xfs_io -c "falloc 704k 64k" $mnt/sv/g1
xfs_io -c "reflink $mnt/f0 176k 128k 304k" $mnt/f0
xfs_io -c "dedupe $mnt/sv/g0 148k 664k 12k" $mnt/f1
xfs_io -c "dedupe $mnt/sv/g0 164k 392k 8k" $mnt/sv/g1
xfs_io -r -c "fiemap -v" $mnt/sv/g1
xfs_io -c "pwrite -S 0x62 324k 8k" $mnt/sv/g0
xfs_io -c "falloc 284k 60k" $mnt/sv/g0
xfs_io -c "falloc -k 492k 52k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 520k 1550" -c "fdatasync" $mnt/f0
xfs_io -c "fpunch 424k 24k" $mnt/f1
rm $mnt/f0
xfs_io -c "falloc -k 620k 76k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 412144 1939" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 19198 64k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g0 304k 408k 28k" $mnt/sv/g0
