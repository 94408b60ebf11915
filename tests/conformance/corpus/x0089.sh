# extsim conformance workload, fsxgen.py seed 89 (files up to 4m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x42 627 61301" -c "pwrite -S 0x41 -b 12k 448142 190791" -c "fpunch 144097 174" -c "pwrite -S 0x43 152955 13206" -c "reflink $mnt/file0 316k 568k 64k" -c "reflink $mnt/file0 568k 532k 28k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 168k 516k 32k" -c "fsync" -c "pwrite -S 0x44 2531589 146209" -c "pwrite -S 0x43 3676213 1034" $mnt/file0
xfs_io -f -c "fsync" $mnt/file0
xfs_io -f -c "pread -q 1390982 2101" -c "reflink $mnt/file0 3300k 2304k 298047" -c "pwrite -S 0xcd -b 1000 236k 1040k" -c "fdatasync" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 1132k 1336k 40k" $mnt/file0
xfs_io -f -c "fpunch 2112k 4k" -c "fzero 912795 17367" -c "pwrite -S 0x43 1751988 695532" -c "fpunch 2285056 55929" -c "pwrite -S 0x41 2494417 1143872" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 3688k 28k" -c "pwrite -S 0x41 1553455 48842" -c "fsync" -c "fzero 3407420 35145" $mnt/file0
xfs_io -f -c "falloc -k 196825 881365" -c "truncate 3383218" -c "pwrite -S 0x44 1479678 3957" -c "fiemap -v" -c "falloc 2675469 270270" -c "pwrite -S 0x41 -b 64k 2916320 1086511" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 135849 735337" -c "falloc -k 967691 362903" -c "pwrite -S 0x43 3877261 1397" $mnt/file0
xfs_io -f -c "falloc -k 1171345 237" -c "pwrite -S 0x44 -b 64k 2790269 45181" -c "fpunch 59735 57924" -c "pwrite -S 0x42 -b 1000 746909 2828466" -c "pwrite -S 0x43 2068086 499667" -c "fpunch 733115 31307" $mnt/file0
