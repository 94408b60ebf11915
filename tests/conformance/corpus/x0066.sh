# extsim conformance workload, fsxgen.py seed 66 (files up to 4m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x44 -b 1m 569 350695" -c "reflink $mnt/file0 196k 68k 4k" -c "dedupe $mnt/file0 312k 104k 32k" -c "pwrite -S 0x44 -b 512 164k 828k" -c "truncate 123584" -c "fiemap -v" -c "fpunch 88k 4k" -c "truncate 48668" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 102827 992024" -c "fpunch 356k 680k" -c "pwrite -S 0x42 -b 1000 3000k 4k" $mnt/file0
xfs_io -f -c "fsync" -c "fpunch 2872k 1160k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 512 729160 1565597" -c "fpunch 329507 352645" $mnt/file0
xfs_io -f -c "fdatasync" -c "pread -q 505238 3159249" -c "pwrite -S 0x41 1123244 1749198" $mnt/file0
xfs_io -f -c "truncate 690258" -c "fzero -k 678112 1622" -c "reflink $mnt/file0 272k 368k 32k" -c "fpunch 444k 4k" -c "dedupe $mnt/file0 228k 196k 44k" $mnt/file0
xfs_io -f -c "falloc 3128k 324k" -c "dedupe $mnt/file0 2768k 2120k 56k" -c "fsync" $mnt/file0
sync
xfs_io -f -c "reflink $mnt/file0 1300k 1104k 36k" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 512 2677769 565485" -c "fsync" -c "pwrite -S 0x41 4158930 1342" -c "fdatasync" -c "fsync" -c "reflink $mnt/file0 2204k 1476k 1903376" -c "truncate 2842771" -c "fsync" $mnt/file0
