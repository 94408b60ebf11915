# extsim conformance workload, fsxgen.py seed 61 (files up to 1m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "fzero -k 0 996k" $mnt/file0
xfs_io -f -c "falloc 260k 300k" -c "falloc -k 380k 32k" -c "pwrite -S 0x41 376k 12k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 4k 64k 220k" -c "truncate 496k" -c "falloc 252k 4k" -c "reflink $mnt/file0" -c "falloc 432621 61029" -c "pwrite -S 0x44 423000 16196" -c "pread -q 402140 429715" $mnt/file0
xfs_io -f -c "pread -q 232k 40k" -c "pwrite -S 0x42 -b 1000 313812 18593" -c "fzero -k 228208 57134" -c "dedupe $mnt/file0 400k 540k 8k" -c "sync_range -b 388k 204k" $mnt/file0
xfs_io -f -c "fzero -k 420k 548k" $mnt/file0
xfs_io -f -c "fsync" -c "truncate 288042" -c "truncate 88k" $mnt/file0
xfs_io -f -c "sync_range -a 292k 708k" -c "fpunch 44k 4k" -c "sync_range -b 24k 44k" $mnt/file0
xfs_io -f -c "fzero 64k 4k" -c "fsync" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 44k 216k" -c "falloc -k 84k 836k" -c "falloc -k 104k 160k" -c "pwrite -S 0x43 56k 628k" -c "pwrite -S 0x44 1027082 1328" $mnt/file0
xfs_io -f -c "fpunch 79913 23624" -c "pwrite -S 0xcd 854131 6918" -c "pwrite -S 0x41 109939 2730" -c "fdatasync" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 860k 72k 147770" -c "truncate 506461" -c "pwrite -S 0x41 104774 1661" $mnt/file0
sync
xfs_io -f -c "truncate 553780" -c "reflink $mnt/file0 228k 68k 28k" -c "fpunch 260k 4k" $mnt/file0
xfs_io -f -c "pread -q 492k 64k" -c "falloc 273094 193112" -c "falloc -k 66916 206289" -c "pread -q 241968 15388" -c "fdatasync" -c "fzero -k 287463 14359" -c "pwrite -S 0x43 632k 48k" $mnt/file0
xfs_io -f -c "falloc 230964 1015" -c "pwrite -S 0x41 -b 12k 508k 492k" -c "pwrite -S 0xcd 552k 192k" -c "pwrite -S 0x42 796k 4k" -c "pwrite -S 0x43 -b 512 428470 19041" $mnt/file0
xfs_io -f -c "pread -q 136k 256k" -c "fpunch 271250 51427" -c "dedupe $mnt/file0 236k 200k 44k" -c "reflink $mnt/file0 740k 488k 0" -c "falloc 6673 354374" -c "fdatasync" -c "reflink $mnt/file0 460k 504k 0" $mnt/file0
btrfs subvolume snapshot $mnt $mnt/snap1
