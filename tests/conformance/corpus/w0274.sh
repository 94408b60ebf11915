# extsim conformance workload, gen.py seed 274
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "falloc 458208 44k" $mnt/f0
xfs_io -c "pwrite -S 0x61 428k 216k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 588k 52k" $mnt/f0
sync
md5sum $mnt/f0
xfs_io -f -c "pwrite -S 0x63 312k 176k" $mnt/f0
xfs_io -c "pwrite -S 0x61 688k 44k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 152k 464k 28k" $mnt/f0
xfs_io -c "falloc -k 240k 40k" $mnt/f0
xfs_io -c "reflink $mnt/f0 116k 660k 620k" $mnt/f0
xfs_io -c "fpunch 124k 84k" $mnt/f0
xfs_io -c "falloc 1016k 56k" $mnt/f0
xfs_io -c "falloc -k 488k 44k" $mnt/f0
xfs_io -c "pwrite -S 0x63 852k 16k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite 416k 32k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 364k 332k 24k" $mnt/f0
xfs_io -c "reflink $mnt/f0 836k 852k 164k" $mnt/f0
xfs_io -c "fpunch 784k 32k" $mnt/f0
xfs_io -c "reflink $mnt/f0 684k 576k 400k" $mnt/f0
xfs_io -c "falloc 819765 4k" $mnt/f0
xfs_io -f -c "pwrite 356k 24k" $mnt/f0
xfs_io -c "truncate 200k" $mnt/f0
xfs_io -c "fpunch 738165 20k" $mnt/f0
xfs_io -c "reflink $mnt/f0 124k 144k 12k" $mnt/f0
xfs_io -c "pwrite -S 0x61 194524 40k" -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f0 24k 764k 196k" $mnt/f0
sync
xfs_io -c "pwrite -S 0x61 216k 8k" $mnt/f0
xfs_io -c "falloc 843613 1565" $mnt/f0
xfs_io -c "fzero 472k 200k" $mnt/f0
xfs_io -c "falloc -k 508k 144k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 808k 60k 16k" $mnt/f0
xfs_io -c "reflink $mnt/f0 260k 276k 24k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
