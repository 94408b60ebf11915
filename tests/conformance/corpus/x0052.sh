# extsim conformance workload, fsxgen.py seed 52 (files up to 256k)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x41 1500 115231" -c "fsync" -c "falloc -k 20k 60k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 198291 3236" -c "fsync" -c "pwrite -S 0x44 -b 1000 132k 32k" -c "fdatasync" -c "reflink $mnt/file0 48k 0 64k" -c "pwrite -S 0xcd -b 64k 22853 28584" -c "fpunch 180k 16k" $mnt/file0
xfs_io -f -c "fiemap -v" -c "pwrite -S 0x42 180071 69346" -c "pwrite -S 0x41 -b 12k 22135 3044" -c "pwrite -S 0x41 193743 65561" -c "pwrite -S 0x42 -b 1m 92k 16k" -c "truncate 184k" -c "pwrite -S 0x42 64k 4k" -c "pwrite -S 0x43 -b 12k 96201 2435" $mnt/file0
xfs_io -f -c "truncate 152k" $mnt/file0
xfs_io -f -c "fdatasync" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 28k 120k 12k" -c "pread -q 14973 203472" -c "pread -q 4152 133471" -c "pread -q 116k 4k" -c "dedupe $mnt/file0 32k 12k 0" $mnt/file0
xfs_io -f -c "fsync" -c "dedupe $mnt/file0 132k 68k 4k" -c "pwrite -S 0x41 -b 1000 151728 34813" -c "pwrite -S 0x43 108k 20k" -c "pwrite -S 0x41 100k 112k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 64k 20988 148836" -c "pwrite -S 0xcd -b 64k 100904 72021" -c "truncate 1359" -c "pwrite -S 0x44 -b 1m 231324 11059" -c "fsync" -c "fsync" -c "truncate 32072" $mnt/file0
xfs_io -f -c "fdatasync" $mnt/file0
xfs_io -f -c "fpunch 28k 4k" -c "fpunch 4k 100k" -c "pwrite -S 0xcd 31576 24715" $mnt/file0
xfs_io -f -c "fpunch 44k 16k" -c "dedupe $mnt/file0 16k 64k 24k" -c "reflink $mnt/file0 40k 108k 20k" $mnt/file0
xfs_io -f -c "fdatasync" $mnt/file0
xfs_io -f -c "pread -q 96k 4k" -c "pread -q 178783 67574" -c "pwrite -S 0x42 -b 1000 108k 132k" -c "pwrite -S 0x44 116k 48k" -c "truncate 232k" $mnt/file0
