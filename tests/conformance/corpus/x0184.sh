# extsim conformance workload, fsxgen.py seed 184 (files up to 256k)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "fdatasync" -c "reflink $mnt/file0 0 40k 4k" -c "reflink $mnt/file0 4k 96k 8k" -c "truncate 42300" -c "fiemap -v" -c "pwrite -S 0xcd 23603 210800" -c "pwrite -S 0x42 -b 1m 90909 31059" -c "pwrite -S 0x43 78611 149975" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 160k 200k 64k" -c "fsync" -c "truncate 4k" $mnt/file0
xfs_io -f -c "fsync" -c "fdatasync" -c "pwrite -S 0x44 -b 64k 136 2470" -c "pwrite -S 0x41 -b 1000 84285 107005" -c "pwrite -S 0x42 -b 12k 27236 2211" -c "reflink $mnt/file0 112k 80k 60k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 4k 72723 23358" -c "fzero 167210 704" -c "reflink $mnt/file0 4k 184k 36k" -c "sync_range -a 192k 36k" -c "pwrite -S 0x44 167711 1861" -c "truncate 60979" -c "reflink $mnt/file0 24k 108k 20k" -c "fzero 107033 60675" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 156k 112k 12k" -c "fiemap -v" -c "fzero -k 76367 118225" -c "pwrite -S 0x42 101361 85652" $mnt/file0
xfs_io -f -c "truncate 84000" -c "pwrite -S 0x44 -b 64k 57219 2694" -c "pwrite -S 0x42 30323 1593" $mnt/file0
xfs_io -f -c "fpunch 15160 236376" -c "pwrite -S 0xcd -b 12k 14918 21113" -c "pwrite -S 0x44 -b 1000 17381 43156" -c "dedupe $mnt/file0 8k 32k 64k" -c "fsync" $mnt/file0
umount $mnt
mount $dev $mnt
xfs_io -f -c "fdatasync" -c "falloc -k 40203 70529" -c "reflink $mnt/file0 44k 112k 4k" -c "falloc 56k 56k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 512 20500 458" $mnt/file0
xfs_io -f -c "fpunch 25061 29134" -c "pwrite -S 0x41 -b 4k 9379 2264" -c "pwrite -S 0x42 -b 4k 67260 194492" $mnt/file0
sync
