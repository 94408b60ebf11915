# extsim conformance workload, fsxgen.py seed 116 (files up to 4m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "truncate 3554104" -c "fdatasync" -c "pwrite -S 0xcd -b 64k 3185121 520326" -c "pwrite -S 0xcd -b 512 2867519 311167" $mnt/file0
xfs_io -f -c "fsync" -c "pread -q 3391212 3462" -c "reflink $mnt/file0 3112k 2808k 44k" -c "reflink $mnt/file0" -c "fpunch 2020067 752243" -c "truncate 3215220" -c "pwrite -S 0x42 -b 512 1331361 90730" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 2252k 2016k 60k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 3008k 428k 40k" -c "falloc 1092k 556k" -c "pwrite -S 0x41 -b 4k 363014 496" -c "sync_range -w 1772k 536k" -c "falloc 2244123 1417" -c "falloc 3281009 2349" -c "pwrite -S 0x43 2439781 787" $mnt/file0
xfs_io -f -c "fpunch 1744k 744k" -c "reflink $mnt/file0 2328k 552k 4k" -c "falloc -k 426377 964889" -c "fzero -k 2364011 278" -c "fpunch 2904882 211299" -c "sync_range -a 1388k 116k" -c "fzero 1m 4k" $mnt/file0
touch $mnt/file1
xfs_io -f -c "reflink $mnt/file1" -c "pwrite -S 0x41 -b 64k 0 440k" -c "fzero -k 1696406 399101" -c "pread -q 12194 1101664" -c "fpunch 331705 753" -c "reflink $mnt/file0 264k 12k 16k" -c "pwrite -S 0x44 -b 4k 412k 500k" -c "pwrite -S 0x44 -b 4k 364k 532k" $mnt/file1
xfs_io -f -c "fzero -k 396330 6595" -c "pwrite -S 0x42 -b 64k 1995629 2610" -c "fiemap -v" -c "pwrite -S 0x43 -b 1000 3449213 2081" -c "pwrite -S 0x42 -b 1000 2659354 580" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 19758 324407" $mnt/file1
xfs_io -f -c "pwrite -S 0x41 528168 981772" -c "pwrite -S 0x41 731770 2070" -c "pwrite -S 0xcd -b 512 3410806 451622" -c "reflink $mnt/file1 520k 1816k 16k" -c "reflink $mnt/file0 76k 892k 0" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 3992k 668k 8k" -c "dedupe $mnt/file1 484k 832k 60k" -c "pwrite -S 0x43 1957946 61608" -c "fsync" -c "falloc 852k 4k" -c "fpunch 1584503 859152" $mnt/file1
sync
xfs_io -f -c "fpunch 1912366 353205" -c "pwrite -S 0xcd 3820k 48k" -c "fpunch 2286398 284" -c "reflink $mnt/file0 1368k 3848k 4k" $mnt/file1
xfs_io -f -c "reflink $mnt/file0 2216k 1900k 64k" -c "dedupe $mnt/file0 560k 3592k 56k" -c "sync_range -w 3436k 320k" -c "truncate 2390524" -c "falloc 1350875 208553" -c "fiemap -v" -c "fpunch 1089671 731052" -c "pwrite -S 0x43 -b 512 2133491 55465" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 12k 2376540 2547" -c "fpunch 294929 1892049" -c "pwrite -S 0x41 -b 64k 3064k 12k" -c "pwrite -S 0x44 -b 4k 2402696 1371890" -c "fsync" -c "truncate 1600k" -c "pwrite -S 0x43 -b 4k 190969 2702005" -c "pwrite -S 0x41 -b 512 1701076 381801" $mnt/file1
xfs_io -f -c "dedupe $mnt/file0 1228k 68k 1133052" -c "fpunch 1740k 40k" -c "fiemap -v" -c "pread -q 161042 46852" -c "fpunch 302064 452284" -c "reflink $mnt/file1 2580k 1544k 251054" $mnt/file1
