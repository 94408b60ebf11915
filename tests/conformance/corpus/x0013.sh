# extsim conformance workload, fsxgen.py seed 13 (files up to 4m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd -b 1m 2412k 4k" -c "pwrite -S 0x42 712618 945954" -c "pread -q 2248k 1372k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 1076k 1836k 20k" -c "fpunch 752508 531234" -c "falloc 1620k 60k" -c "fdatasync" -c "pread -q 549879 3526" -c "reflink $mnt/file0 1736k 176k 64k" $mnt/file0
xfs_io -f -c "fpunch 1470486 49121" -c "sync_range -w 560k 60k" -c "reflink $mnt/file0 156k 1468k 2260k" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 2276k 4k" -c "fsync" -c "pwrite -S 0x41 1668k 548k" -c "fzero -k 300187 2619" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 128k 1540k 24k" -c "pread -q 1760k 868k" -c "fiemap -v" -c "pread -q 1176k 832k" $mnt/file0
xfs_io -f -c "truncate 352k" $mnt/file0
sync
xfs_io -f -c "fpunch 168k 4k" -c "fsync" -c "fpunch 27576 3020" -c "pwrite -S 0x43 -b 512 196k 68k" $mnt/file0
xfs_io -f -c "falloc 25781 349469" $mnt/file0
xfs_io -f -c "pread -q 47020 3908582" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 120k 796k" -c "pwrite -S 0x43 967790 48595" -c "pwrite -S 0x42 91105 109231" -c "pwrite -S 0x44 884k 4k" -c "pwrite -S 0x44 -b 12k 2436311 897" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 1000 116k 564k" -c "fpunch 3964k 64k" -c "pwrite -S 0x42 3792k 48k" $mnt/file0
sync
xfs_io -f -c "pwrite -S 0x41 328k 2336k" -c "pwrite -S 0x42 3594018 181" -c "truncate 1289695" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 496k 16k" -c "reflink $mnt/file0 1072k 872k 191967" -c "pwrite -S 0xcd 1118342 475218" -c "pwrite -S 0x42 -b 1m 1484k 12k" -c "reflink $mnt/file0 728k 780k 64k" $mnt/file0
xfs_io -f -c "fsync" -c "truncate 1376k" -c "pwrite -S 0x44 -b 512 163001 3907728" -c "falloc -k 3068k 4k" -c "pwrite -S 0x43 1228k 52k" -c "pwrite -S 0xcd 728k 4k" -c "falloc -k 65754 24278" -c "pwrite -S 0xcd 1456k 328k" $mnt/file0
