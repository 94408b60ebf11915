# extsim conformance workload, fsxgen.py seed 59 (files up to 256k)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "fzero 152k 40k" $mnt/file0
xfs_io -f -c "falloc -k 159999 369" -c "pwrite -S 0xcd 132719 11654" $mnt/file0
xfs_io -f -c "reflink $mnt/file1" -c "pwrite -S 0x44 0 132k" -c "truncate 67863" $mnt/file1
touch $mnt/file2
chattr +C $mnt/file2
xfs_io -f -c "falloc -k 24k 60k" -c "fiemap -v" -c "fpunch 40k 4k" -c "pwrite -S 0x41 48k 4k" -c "pread -q 55015 40634" $mnt/file1
xfs_io -f -c "falloc -k 38010 2441" -c "pwrite -S 0x41 29823 61432" -c "truncate 44k" -c "pwrite -S 0x43 40789 2744" -c "fpunch 36k 4k" -c "pread -q 16k 28k" $mnt/file1
xfs_io -f -c "reflink $mnt/file0 136k 156k 0" -c "pread -q 184k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 1m 0 52k" -c "falloc 28k 40k" -c "pwrite -S 0x44 29960 2147" -c "truncate 45308" -c "reflink $mnt/file0 40k 48k 4k" -c "fsync" -c "fpunch 28k 4k" -c "pread -q 48k 8k" $mnt/file2
xfs_io -f -c "truncate 62536" -c "dedupe $mnt/file0 196k 80k 8k" $mnt/file1
xfs_io -f -c "fzero -k 11232 11102" -c "fpunch 16303 29874" -c "fpunch 24k 84k" $mnt/file2
xfs_io -f -c "dedupe $mnt/file0 84k 80k 36k" -c "pwrite -S 0xcd -b 12k 8k 4k" -c "fdatasync" -c "reflink $mnt/file0 92k 20k 56k" -c "fpunch 46183 20221" -c "truncate 48k" -c "fiemap -v" $mnt/file1
xfs_io -f -c "fdatasync" -c "fiemap -v" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 -b 4k 8k 36k" $mnt/file1
umount $mnt
mount $dev $mnt
