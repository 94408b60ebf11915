# extsim conformance workload, fsxgen.py seed 110 (files up to 1m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "sync_range -w 0 4k" -c "fpunch 3482 36391" -c "truncate 226750" -c "fsync" -c "fpunch 260k 32k" -c "fpunch 59086 4054" -c "falloc 32k 32k" $mnt/file0
umount $mnt
mount $dev $mnt
xfs_io -f -c "fpunch 112k 644k" -c "sync_range -a 752k 4k" -c "fpunch 112062 671" -c "pwrite -S 0x42 47792 287" -c "pwrite -S 0x42 -b 512 30571 886079" -c "sync_range -b 72k 4k" -c "pwrite -S 0x41 -b 512 333423 15778" -c "pwrite -S 0x43 -b 1m 394217 476361" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 1020624 9497" -c "falloc -k 822289 330" -c "pwrite -S 0x42 450856 2407" -c "pwrite -S 0x41 -b 512 818660 49932" -c "pwrite -S 0x43 88k 4k" $mnt/file0
xfs_io -f -c "sync_range -w 244k 696k" -c "reflink $mnt/file0 352k 852k 24k" -c "pwrite -S 0x43 560k 52k" -c "dedupe $mnt/file0 0 940k 48k" -c "reflink $mnt/file0 332k 768k 0" -c "fpunch 524181 293551" -c "pread -q 69181 2715" $mnt/file0
xfs_io -f -c "falloc 52k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 388k 4k" -c "falloc 237963 52987" -c "fiemap -v" -c "fdatasync" -c "fpunch 195608 2909" -c "dedupe $mnt/file0 88k 596k 0" -c "pwrite -S 0xcd -b 4k 204k 228k" -c "falloc -k 920375 41004" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 1m 64k 8k" -c "pwrite -S 0x44 -b 12k 867651 55499" -c "dedupe $mnt/file0 1288k 328k 0" -c "fiemap -v" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 1196k 1388k 4k" -c "pwrite -S 0x42 -b 12k 36k 4k" $mnt/file0
xfs_io -f -c "fdatasync" -c "pwrite -S 0x43 -b 12k 35551 647890" -c "fdatasync" -c "dedupe $mnt/file0 272k 996k 1198057" $mnt/file0
xfs_io -f -c "fpunch 160952 4070" $mnt/file0
xfs_io -f -c "fpunch 20k 212k" -c "pwrite -S 0x44 -b 512 856k 56k" -c "pwrite -S 0x44 -b 64k 200k 12k" $mnt/file0
xfs_io -f -c "pread -q 864552 949" -c "fzero 260k 168k" -c "fzero 188k 756k" -c "fsync" $mnt/file0
