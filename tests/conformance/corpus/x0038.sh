# extsim conformance workload, fsxgen.py seed 38 (files up to 16m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "fiemap -v" $mnt/file1
xfs_io -f -c "truncate 10330021" -c "fdatasync" -c "fpunch 8648k 1152k" -c "fpunch 6281510 1197" -c "fzero -k 2096k 1420k" -c "falloc -k 7428k 8000k" $mnt/file1
xfs_io -f -c "dedupe $mnt/file0 0 1284k 4k" -c "pwrite -S 0xcd -b 1m 7840k 136k" -c "fdatasync" -c "falloc -k 618067 49531" -c "fpunch 10042698 3630" $mnt/file1
xfs_io -f -c "pwrite -S 0x41 -b 4k 8848398 4299" -c "pwrite -S 0x41 -b 1000 3495184 548283" -c "fsync" -c "truncate 12364k" -c "fsync" -c "fsync" -c "pwrite -S 0x43 6457269 14303" $mnt/file0
xfs_io -f -c "truncate 6764979" -c "pwrite -S 0x42 2355637 2867" -c "pwrite -S 0x41 -b 12k 1478633 3007" -c "sync_range -w 5160k 24k" -c "fdatasync" -c "falloc 4572k 700k" -c "pwrite -S 0x44 -b 4k 5329781 5503259" -c "pwrite -S 0x43 -b 1m 9821807 1970476" $mnt/file1
xfs_io -f -c "reflink $mnt/file1 3756k 6656k 12k" -c "fzero -k 4483408 38920" -c "pwrite -S 0x43 -b 1m 11640k 4k" -c "pwrite -S 0x42 9163887 7450504" -c "fpunch 5296k 856k" -c "fiemap -v" -c "pwrite -S 0xcd 12861962 242227" -c "reflink $mnt/file1 588k 14196k 11190171" $mnt/file0
xfs_io -f -c "fdatasync" $mnt/file1
xfs_io -f -c "pread -q 1782125 2620" -c "pwrite -S 0x41 14008k 604k" -c "truncate 18604k" -c "truncate 13215345" -c "dedupe $mnt/file0 292k 1172k 36k" $mnt/file0
xfs_io -f -c "reflink $mnt/file1 4272k 5040k 4k" -c "truncate 10920298" -c "pwrite -S 0x43 -b 1m 2m 4k" $mnt/file0
touch $mnt/file2
xfs_io -f -c "fsync" -c "pwrite -S 0x44 88990 3785" -c "pwrite -S 0x44 -b 512 7990712 4762912" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 1m 149 5506" -c "pwrite -S 0x44 5002 922989" -c "pwrite -S 0xcd 429517 54736" $mnt/file2
xfs_io -f -c "pread -q 744k 8352k" -c "pwrite -S 0x41 -b 512 344564 13274071" $mnt/file2
xfs_io -f -c "fpunch 12278109 81301" -c "fdatasync" -c "falloc -k 12137659 32897" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 1000 8027324 2373" -c "sync_range -a 10684k 1800k" -c "falloc -k 7984610 18268" -c "fsync" -c "pwrite -S 0x44 -b 1000 10958780 1885" $mnt/file1
xfs_io -f -c "pwrite -S 0x41 1288346 2811394" -c "fdatasync" -c "pwrite -S 0x44 -b 4k 673007 7648021" -c "falloc 12464224 1059284" -c "fpunch 13993935 48521" -c "pwrite -S 0x44 12361062 3497" $mnt/file0
xfs_io -f -c "fpunch 7140k 4k" -c "pwrite -S 0xcd -b 1m 4456k 48k" -c "fpunch 13369334 4991" -c "truncate 6346216" -c "fsync" -c "truncate 1314293" -c "fsync" -c "pwrite -S 0x44 -b 1000 1009275 405726" $mnt/file2
