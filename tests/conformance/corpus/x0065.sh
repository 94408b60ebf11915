# extsim conformance workload, fsxgen.py seed 65 (files up to 4m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x41 0 60k" -c "pread -q 52k 12k" -c "pwrite -S 0x42 42754 483736" -c "falloc -k 160330 2740" -c "truncate 2216k" -c "fpunch 76k 20k" -c "fdatasync" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 4k 1352430 31159" -c "falloc -k 24397 137122" -c "fpunch 553405 11999" -c "truncate 3619070" -c "falloc -k 676649 636382" -c "fzero 2002421 649700" -c "fiemap -v" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 1m 2892008 1432" -c "pwrite -S 0x42 1200k 36k" $mnt/file0
xfs_io -f -c "fdatasync" -c "fiemap -v" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 1000 3116k 752k" -c "falloc -k 660k 2964k" -c "dedupe $mnt/file0 2808k 1092k 0" -c "reflink $mnt/file0 2408k 1116k 48k" -c "pwrite -S 0x43 -b 12k 3392k 160k" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 528k 2648k 0" -c "pwrite -S 0x42 607596 2019748" -c "pwrite -S 0x41 1020k 4k" -c "pwrite -S 0x42 3726225 30197" -c "reflink $mnt/file0 696k 3448k 8k" $mnt/file0
xfs_io -f -c "truncate 2912k" -c "pwrite -S 0x44 1356564 15198" -c "fpunch 850305 911" -c "truncate 948k" -c "truncate 962725" -c "truncate 572k" -c "fsync" $mnt/file0
xfs_io -f -c "fsync" -c "fdatasync" -c "pwrite -S 0x43 -b 64k 458144 10436" -c "fzero 64k 52k" -c "reflink $mnt/file0 64k 212k 32k" -c "reflink $mnt/file0 264k 40k 44k" $mnt/file0
xfs_io -f -c "fpunch 112k 4k" -c "fpunch 36673 715306" -c "pwrite -S 0x42 -b 1000 390836 2338" -c "fzero 31147 49981" -c "truncate 133148" -c "pwrite -S 0x41 -b 64k 19952 3927" $mnt/file0
xfs_io -f -c "falloc 9968 3673164" -c "pwrite -S 0x44 -b 4k 1979351 59849" -c "pwrite -S 0x41 3003320 542" -c "truncate 1662797" $mnt/file0
xfs_io -f -c "truncate 205706" -c "fsync" $mnt/file0
xfs_io -f -c "pread -q 140504 18004" -c "falloc 74567 1743300" -c "falloc -k 1289771 1864" -c "fsync" -c "truncate 849749" $mnt/file0
