# extsim conformance workload, fsxgen.py seed 1 (files up to 256k)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x41 204372 39810" -c "dedupe $mnt/file0 68k 116k 16k" -c "pwrite -S 0x41 -b 12k 0 172k" -c "fsync" $mnt/file0
xfs_io -f -c "fsync" -c "pwrite -S 0x44 -b 512 192k 60k" -c "fsync" -c "reflink $mnt/file0 148k 60k 56k" -c "reflink $mnt/file0 252k 256k 4k" -c "fpunch 196452 3596" -c "reflink $mnt/file0 200k 188k 4k" -c "truncate 206359" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 64k 121727 134683" $mnt/file0
xfs_io -f -c "falloc 67763 55849" $mnt/file0
xfs_io -f -c "sync_range -a 208k 24k" -c "pwrite -S 0x42 160550 60051" -c "reflink $mnt/file0 44k 44k 211354" -c "reflink $mnt/file0" $mnt/file0
sync
xfs_io -f -c "truncate 156k" -c "truncate 40k" -c "pwrite -S 0x41 -b 12k 19299 184190" -c "pwrite -S 0xcd -b 1m 48k 24k" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 184k 56k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 1m 176921 82700" -c "pwrite -S 0x42 -b 4k 160634 627" -c "fpunch 146988 1783" -c "fdatasync" -c "fpunch 16k 48k" -c "falloc -k 228k 16k" -c "pwrite -S 0x43 -b 12k 132148 2255" -c "pwrite -S 0x41 -b 1m 68k 108k" $mnt/file0
xfs_io -f -c "fsync" -c "pread -q 32k 20k" -c "fsync" -c "pwrite -S 0x43 -b 512 128k 44k" -c "pread -q 250165 2218" -c "fdatasync" -c "fsync" -c "pwrite -S 0xcd -b 64k 96k 16k" $mnt/file0
