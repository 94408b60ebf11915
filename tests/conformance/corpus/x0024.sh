# extsim conformance workload, fsxgen.py seed 24 (files up to 16m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "dedupe $mnt/file0 0 0 4k" -c "pwrite -S 0x41 3638 1048071" $mnt/file0
xfs_io -f -c "dedupe $mnt/file1 0 8k 4k" -c "pwrite -S 0x42 -b 64k 570 203225" -c "fzero -k 194716 415396" $mnt/file1
xfs_io -f -c "truncate 268k" -c "pread -q 127195 1120" -c "pread -q 116k 3384k" $mnt/file0
xfs_io -f -c "fzero -k 196k 52k" -c "pread -q 118193 920158" $mnt/file1
xfs_io -f -c "pwrite -S 0x44 197271 9669929" $mnt/file0
xfs_io -f -c "falloc 16k 4k" -c "pwrite -S 0x44 -b 12k 165852 15185283" -c "reflink $mnt/file1 11816k 136k 4k" -c "pwrite -S 0x41 -b 512 2064k 56k" -c "pwrite -S 0x43 16016k 4k" $mnt/file1
xfs_io -f -c "pwrite -S 0x43 8767532 4376483" -c "dedupe $mnt/file1 7544k 10620k 20k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 1m 3804k 28k" -c "fiemap -v" -c "pread -q 3151655 49354" $mnt/file0
xfs_io -f -c "fpunch 777073 22123" -c "pwrite -S 0xcd -b 64k 3929100 644406" -c "pread -q 4913142 9256343" -c "truncate 7932k" -c "fiemap -v" -c "fdatasync" $mnt/file1
xfs_io -f -c "pwrite -S 0x44 -b 12k 13177294 157206" -c "falloc -k 6940568 4422" -c "sync_range -b 12648k 140k" -c "reflink $mnt/file1 7456k 11528k 28k" -c "pwrite -S 0x44 -b 64k 3583019 777051" -c "truncate 5368k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 64k 8096k 7964k" $mnt/file1
xfs_io -f -c "fiemap -v" -c "reflink $mnt/file0 1468k 10840k 32k" $mnt/file1
xfs_io -f -c "pwrite -S 0x43 -b 64k 3892k 9379939" -c "truncate 12403123" -c "pread -q 57077 290442" -c "fsync" -c "pwrite -S 0x43 10360365 59177" -c "fdatasync" -c "pwrite -S 0x43 7788k 4k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 10180k 4860k 28k" -c "pwrite -S 0x41 -b 1m 8448584 15201" -c "pwrite -S 0x42 -b 1m 6756k 4k" -c "fpunch 2299776 153877" $mnt/file1
xfs_io -f -c "truncate 5429097" -c "pwrite -S 0x41 5397326 1923133" -c "reflink $mnt/file1 6836k 3552k 16k" -c "fiemap -v" -c "fiemap -v" -c "fpunch 4792k 192k" -c "fzero 1156k 4k" $mnt/file0
umount $mnt
mount $dev $mnt
sync
xfs_io -f -c "falloc 9945158 253825" -c "sync_range -w 4152k 684k" -c "reflink $mnt/file0 7088k 2364k 56k" $mnt/file1
xfs_io -f -c "pread -q 3260k 48k" -c "pwrite -S 0xcd 3872379 328872" -c "pwrite -S 0xcd -b 64k 2596k 4k" -c "pwrite -S 0x42 2946308 4079257" -c "fzero 4893109 52877" -c "pwrite -S 0x42 1070702 52449" -c "truncate 2484k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 1m 6884935 8629564" -c "pwrite -S 0x44 -b 12k 9943317 3169" -c "pwrite -S 0x41 -b 1000 4260k 364k" -c "pwrite -S 0x42 -b 1m 1308k 9968k" -c "dedupe $mnt/file1 13960k 2620k 56k" -c "dedupe $mnt/file0 472k 868k 0" $mnt/file1
xfs_io -f -c "fzero -k 3889916 552460" -c "pwrite -S 0x43 -b 512 1908k 60k" -c "pwrite -S 0x41 1912k 24k" -c "pwrite -S 0xcd 685345 3670" -c "dedupe $mnt/file1 10756k 2400k 0" -c "pwrite -S 0x43 264k 4k" -c "falloc -k 662257 403130" -c "pread -q 1356k 296k" $mnt/file0
