# extsim conformance workload, fsxgen.py seed 46 (files up to 16m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x43 446 1110" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 0 16k 4k" -c "dedupe $mnt/file0 0 28k 8k" -c "truncate 1218" -c "pwrite -S 0x41 -b 1000 3326 50314" -c "fdatasync" -c "pread -q 46214 135454" -c "truncate 12377398" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 5657356 133" -c "truncate 11091218" -c "pwrite -S 0x41 3314931 47918" -c "falloc -k 6393345 987722" $mnt/file0
xfs_io -f -c "falloc -k 864k 12k" -c "truncate 10299631" -c "sync_range -a 1864k 4052k" -c "falloc 784929 408" -c "falloc 13109919 118936" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 4808k 10476k 4k" $mnt/file0
touch $mnt/file1
xfs_io -f -c "pwrite -S 0x41 3248 1885" -c "fiemap -v" -c "falloc -k 1206 7497" -c "pwrite -S 0x42 13085951 37424" -c "falloc -k 5563550 174929" $mnt/file1
xfs_io -f -c "reflink $mnt/file1 10716k 6968k 2150191" -c "dedupe $mnt/file0 3876k 7076k 12k" -c "pwrite -S 0x41 11205393 1540" -c "sync_range -a 9412k 32k" $mnt/file1
xfs_io -f -c "pwrite -S 0x41 -b 4k 5286806 734289" -c "pread -q 15851180 1265" -c "falloc -k 4736517 3704" -c "pwrite -S 0x43 5266737 27138" -c "pwrite -S 0x43 4136k 48k" -c "falloc -k 1763925 768559" -c "fpunch 11252k 24k" -c "pwrite -S 0x43 -b 1m 4952369 816161" $mnt/file1
