# extsim conformance workload, fsxgen.py seed 162 (files up to 1m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "fpunch 0 4k" -c "fdatasync" -c "pwrite -S 0x41 -b 512 2253 1201" -c "pwrite -S 0x42 10 3673" -c "fsync" -c "truncate 843445" -c "pread -q 700585 335726" -c "reflink $mnt/file0" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 631870 216161" -c "pwrite -S 0x43 612k 192k" -c "truncate 954229" -c "pwrite -S 0xcd -b 512 778063 22658" $mnt/file0
xfs_io -f -c "falloc 615618 34149" -c "reflink $mnt/file0 896k 984k 28k" -c "reflink $mnt/file0 520k 108k 492k" -c "truncate 801498" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 500k 40k" -c "fpunch 8910 511845" -c "pwrite -S 0x41 220k 60k" -c "pwrite -S 0xcd -b 4k 764k 184k" -c "fiemap -v" -c "reflink $mnt/file0 816k 496k 56k" -c "dedupe $mnt/file0 704k 720k 64k" $mnt/file0
xfs_io -f -c "fiemap -v" -c "pwrite -S 0xcd -b 64k 388k 4k" -c "fiemap -v" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 464k 220k" -c "pwrite -S 0x42 -b 1000 363922 183404" -c "falloc -k 736k 4k" -c "truncate 904k" -c "fpunch 325938 3089" -c "truncate 216k" -c "fpunch 48k 44k" -c "pwrite -S 0x41 120k 808k" $mnt/file0
