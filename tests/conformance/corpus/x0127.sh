# extsim conformance workload, fsxgen.py seed 127 (files up to 256k)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "reflink $mnt/file1 0 40k 4k" -c "falloc -k 36k 88k" -c "pwrite -S 0x41 -b 64k 24417 180807" -c "pread -q 137432 2137" -c "pwrite -S 0xcd -b 64k 51741 2069" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 77327 3654" -c "pwrite -S 0x41 178036 55330" -c "fdatasync" -c "fsync" -c "reflink $mnt/file1 0 52k 4k" -c "truncate 17967" -c "pwrite -S 0xcd 4536 250372" -c "truncate 94095" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 4k 118702 29" -c "fsync" -c "pwrite -S 0x41 -b 1000 117806 6922" $mnt/file0
touch $mnt/file2
chattr +C $mnt/file2
xfs_io -f -c "falloc 3783 48357" -c "truncate 49373" -c "fpunch 44k 136k" -c "pwrite -S 0x44 -b 12k 13012 57083" -c "pwrite -S 0xcd -b 12k 48937 196415" -c "pwrite -S 0x43 52065 55078" $mnt/file1
xfs_io -f -c "fpunch 110349 133810" -c "pwrite -S 0xcd 11844 130437" -c "dedupe $mnt/file0 84k 32k 0" $mnt/file0
btrfs subvolume snapshot $mnt $mnt/snap1
xfs_io -f -c "fzero -k 176352 22779" -c "pwrite -S 0x44 -b 64k 196k 44k" -c "pwrite -S 0x41 -b 1m 222270 3009" -c "falloc 164363 67177" -c "fsync" -c "fpunch 147853 78957" -c "fpunch 3284 9829" -c "pwrite -S 0x43 -b 4k 226579 2870" $mnt/file0
