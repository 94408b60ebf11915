# extsim conformance workload, fsxgen.py seed 182 (files up to 4m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "truncate 3885149" -c "truncate 894510" $mnt/file0
xfs_io -f -c "fdatasync" -c "pwrite -S 0x42 870421 1923" -c "sync_range -a 660k 44k" $mnt/file0
xfs_io -f -c "fzero 156k 1960k" -c "falloc -k 1045517 2924156" -c "pwrite -S 0x44 993911 227" -c "pread -q 1016k 4k" $mnt/file0
sync
xfs_io -f -c "pwrite -S 0x44 -b 4k 1344063 1656688" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 -b 1m 1510187 455317" -c "pwrite -S 0x41 1304236 11432" -c "falloc -k 16k 4k" -c "falloc -k 1892k 828k" -c "pwrite -S 0x41 -b 1m 2753603 1624" -c "pwrite -S 0x42 -b 12k 956578 218" -c "truncate 3464313" $mnt/file0
touch $mnt/file1
xfs_io -f -c "falloc -k 3727770 59038" -c "pwrite -S 0x43 -b 12k 1577482 2456559" -c "pwrite -S 0x41 -b 1m 2168065 652219" -c "fzero 2515984 1364942" -c "reflink $mnt/file1" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 3972k 32k" -c "fpunch 3497113 320076" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 481628 1807" -c "pwrite -S 0x43 -b 4k 3715000 791" -c "pwrite -S 0x44 -b 1m 2049492 2727" -c "fpunch 678125 116768" -c "fsync" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 12k 3963207 33439" -c "pwrite -S 0x44 -b 64k 3488k 16k" -c "reflink $mnt/file0 2528k 2644k 16k" -c "fpunch 293020 1395" -c "pwrite -S 0xcd -b 1m 1808452 263203" $mnt/file0
xfs_io -f -c "falloc 0 208k" -c "pwrite -S 0x43 -b 4k 211749 1045401" -c "fzero -k 196038 33761" -c "dedupe $mnt/file1 96k 44k 20k" -c "reflink $mnt/file1 112k 340k 28k" $mnt/file1
xfs_io -f -c "fdatasync" $mnt/file1
xfs_io -f -c "pwrite -S 0x41 1142838 1633965" -c "fpunch 599322 970974" -c "pwrite -S 0x44 -b 1000 948k 4k" -c "pwrite -S 0xcd -b 512 31571 15205" -c "dedupe $mnt/file0 1672k 956k 2332k" $mnt/file1
touch $mnt/file2
chattr +C $mnt/file2
xfs_io -f -c "fsync" $mnt/file2
xfs_io -f -c "sync_range -a 480k 4k" -c "pwrite -S 0xcd 768k 2456k" -c "pwrite -S 0x41 -b 64k 2463575 1661822" -c "pwrite -S 0x44 -b 1m 719572 681638" -c "fiemap -v" -c "fiemap -v" -c "fpunch 1181961 910635" $mnt/file1
xfs_io -f -c "pread -q 2243892 1754538" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 1336k 2880k 48k" -c "pwrite -S 0x43 -b 4k 1140k 828k" -c "fdatasync" -c "pwrite -S 0x44 -b 4k 2201079 40484" -c "pwrite -S 0x42 2330899 436225" -c "pwrite -S 0xcd -b 512 3282599 3630" -c "pwrite -S 0x44 3624k 52k" $mnt/file1
