# extsim conformance workload, fsxgen.py seed 69 (files up to 256k)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "fpunch 168398 18607" -c "fpunch 2344 25693" -c "pwrite -S 0x41 -b 64k 1701 815" -c "pread -q 3048 516" -c "pwrite -S 0x41 2001 39449" -c "dedupe $mnt/file1 40k 32k 490" -c "pwrite -S 0x44 17854 64025" -c "pwrite -S 0x43 -b 12k 52663 35828" $mnt/file1
xfs_io -f -c "reflink $mnt/file1" -c "fpunch 47707 54551" -c "pwrite -S 0xcd 204996 45732" -c "pread -q 30164 4090" -c "fpunch 159398 10850" -c "pwrite -S 0x44 43515 600" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 81003 62835" -c "pwrite -S 0x42 -b 4k 16k 32k" -c "falloc 127072 2542" -c "pwrite -S 0x44 140k 48k" -c "falloc 150515 5427" -c "pwrite -S 0x43 -b 4k 154830 60156" $mnt/file1
sync
xfs_io -f -c "falloc -k 257725 2430" -c "fpunch 25703 231662" -c "fzero 186544 1407" -c "pread -q 186633 23281" $mnt/file1
xfs_io -f -c "pwrite -S 0x42 26299 93282" -c "pwrite -S 0x42 95086 3626" $mnt/file1
xfs_io -f -c "sync_range -w 56k 52k" -c "truncate 145133" -c "pwrite -S 0x41 193307 61293" -c "falloc -k 28619 27158" -c "reflink $mnt/file1 156k 48k 52k" $mnt/file1
btrfs subvolume snapshot $mnt $mnt/snap1
xfs_io -f -c "pwrite -S 0x44 -b 64k 29187 35966" -c "falloc -k 95480 18781" -c "pwrite -S 0x43 2229 3427" -c "fsync" -c "pwrite -S 0xcd 182180 2427" -c "pread -q 56k 172k" -c "fpunch 28k 112k" -c "truncate 76679" $mnt/file1
xfs_io -f -c "falloc -k 57184 4496" -c "fsync" -c "truncate 61906" $mnt/file1
xfs_io -f -c "sync_range -w 200k 20k" -c "pwrite -S 0x42 -b 512 44k 196k" -c "fpunch 2794 1678" -c "pwrite -S 0x41 -b 1m 236k 8k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 37179 124441" -c "pwrite -S 0x41 -b 4k 232257 22911" -c "pwrite -S 0x44 -b 1m 164194 3291" -c "pwrite -S 0x44 111610 53857" $mnt/file1
xfs_io -f -c "truncate 23909" -c "pwrite -S 0x44 -b 64k 19336 20618" -c "fpunch 158713 37075" -c "dedupe $mnt/file0 12k 80k 24k" -c "fzero -k 12k 212k" -c "fsync" -c "reflink $mnt/file1 144k 60k 32k" $mnt/file0
xfs_io -f -c "fdatasync" -c "pwrite -S 0xcd 201967 1400" -c "reflink $mnt/file1" -c "fpunch 99748 60025" -c "fiemap -v" -c "reflink $mnt/file0 68k 76k 24k" -c "pwrite -S 0x42 18238 2150" $mnt/file1
xfs_io -f -c "pwrite -S 0x42 -b 4k 92622 123922" -c "fdatasync" -c "falloc -k 201543 32018" -c "falloc 222595 209" -c "reflink $mnt/file1 144k 248k 8k" -c "falloc 217777 18125" $mnt/file0
xfs_io -f -c "fpunch 81110 65342" -c "truncate 23240" -c "pwrite -S 0x42 4k 216k" -c "falloc 156k 80k" -c "pwrite -S 0x42 -b 4k 214556 46890" $mnt/file1
