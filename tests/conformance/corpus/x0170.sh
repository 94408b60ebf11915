# extsim conformance workload, fsxgen.py seed 170 (files up to 4m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd 2492 502798" -c "pread -q 3764k 88k" $mnt/file0
xfs_io -f -c "truncate 232143" -c "fpunch 918967 77877" -c "pread -q 103766 139451" $mnt/file0
xfs_io -f -c "falloc -k 82364 20704" -c "falloc 44k 204k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 16842 587" -c "fsync" -c "pwrite -S 0x42 -b 512 4k 684k" -c "falloc 665744 3464494" -c "falloc 1968878 18400" -c "pread -q 2284k 716k" -c "pwrite -S 0xcd -b 512 476k 2132k" -c "truncate 123592" $mnt/file0
xfs_io -f -c "falloc -k 20k 28k" -c "falloc 104k 60k" -c "pwrite -S 0x41 -b 512 20k 4k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 96k 12k 28k" -c "reflink $mnt/file0 8k 184k 0" -c "pwrite -S 0x44 188k 44k" -c "fpunch 1167582 2610911" -c "pwrite -S 0x41 -b 64k 264k 16k" -c "falloc 1168k 16k" $mnt/file0
xfs_io -f -c "truncate 2324k" -c "truncate 3531946" $mnt/file0
xfs_io -f -c "truncate 2024324" -c "fpunch 1164k 4k" -c "reflink $mnt/file0 1932k 908k 0" -c "reflink $mnt/file0 1248k 732k 746372" $mnt/file0
xfs_io -f -c "truncate 1635473" -c "fpunch 791950 284194" -c "reflink $mnt/file0 1500k 1348k 0" -c "pwrite -S 0x44 2379577 336727" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 -b 512 1009959 253546" -c "pwrite -S 0xcd 2324k 888k" -c "fdatasync" -c "falloc -k 1972k 16k" -c "reflink $mnt/file0 364k 2m 52k" -c "fpunch 212k 20k" -c "pwrite -S 0x44 -b 4k 1896508 585" $mnt/file0
xfs_io -f -c "fpunch 2632k 4k" -c "pread -q 453565 924466" -c "pwrite -S 0x44 -b 512 556k 8k" -c "falloc 576k 1632k" $mnt/file0
xfs_io -f -c "truncate 575731" $mnt/file0
xfs_io -f -c "falloc -k 138588 132634" -c "sync_range -b 64k 4k" -c "pwrite -S 0x41 -b 1000 171575 1942" -c "fzero 48k 4k" $mnt/file0
xfs_io -f -c "pread -q 320k 44k" -c "fzero 214707 1502485" -c "fpunch 1044518 203779" -c "fpunch 1110720 797182" -c "pwrite -S 0x43 -b 4k 1028k 32k" -c "pwrite -S 0x44 1697524 2041" $mnt/file0
xfs_io -f -c "truncate 80311" $mnt/file0
xfs_io -f -c "truncate 60k" -c "pwrite -S 0x41 12k 1680k" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 668k 1004k 1m" -c "fpunch 39741 2310" -c "reflink $mnt/file0 772k 140k 36k" -c "fpunch 2446794 731" -c "fzero -k 340k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 12k 1440k 4k" -c "pread -q 1716561 1975514" -c "pwrite -S 0x43 64k 32k" -c "pwrite -S 0xcd 476k 384k" -c "pwrite -S 0xcd -b 1m 956k 788k" -c "pwrite -S 0x43 -b 4k 1603541 3251" $mnt/file0
xfs_io -f -c "falloc 1604k 264k" -c "fsync" -c "pwrite -S 0x41 981998 178377" $mnt/file0
xfs_io -f -c "truncate 386248" -c "pwrite -S 0x42 -b 64k 272k 40k" -c "fpunch 244k 4k" -c "truncate 252k" -c "fiemap -v" $mnt/file0
xfs_io -f -c "falloc 254925 1018281" -c "fdatasync" $mnt/file0
