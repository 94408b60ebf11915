# extsim conformance workload, fsxgen.py seed 108 (files up to 256k)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x44 -b 64k 0 12k" -c "pwrite -S 0xcd 6398 7253" -c "fpunch 168k 24k" -c "sync_range -w 4k 4k" -c "fzero -k 9237 3326" $mnt/file0
xfs_io -f -c "falloc -k 3732 144635" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 512 0 16k" -c "reflink $mnt/file0 0 56k 12k" -c "fsync" -c "fzero -k 4k 116k" -c "pwrite -S 0x41 -b 4k 76k 60k" -c "truncate 192k" -c "pwrite -S 0xcd 165300 840" -c "pwrite -S 0x44 242493 14186" $mnt/file0
xfs_io -f -c "fsync" -c "reflink $mnt/file0" -c "reflink $mnt/file0 104k 308k 64k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 272k 320k 16k" -c "fpunch 237014 1297" -c "pwrite -S 0x41 20k 48k" -c "reflink $mnt/file0 24k 300k 348k" $mnt/file0
xfs_io -f -c "fpunch 112k 76k" -c "dedupe $mnt/file0 340k 264k 24k" -c "pwrite -S 0x44 0 52k" -c "fsync" -c "fzero 169317 43607" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 248k 4k" -c "pwrite -S 0x44 8k 160k" -c "reflink $mnt/file0" -c "pwrite -S 0x41 248k 4k" -c "fzero 208k 36k" $mnt/file0
xfs_io -f -c "sync_range -a 116k 4k" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 456k 324k 12k" -c "truncate 104k" -c "pread -q 59929 29732" $mnt/file0
btrfs subvolume snapshot $mnt $mnt/snap1
xfs_io -f -c "pwrite -S 0x43 8k 4k" -c "fiemap -v" -c "pwrite -S 0x44 29048 55530" -c "sync_range -b 40k 44k" $mnt/file0
