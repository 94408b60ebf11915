# extsim conformance workload, fsxgen.py seed 93 (files up to 4m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "fdatasync" -c "pwrite -S 0x42 3085837 260382" -c "pwrite -S 0x41 -b 12k 1359323 614037" $mnt/file0
sync
xfs_io -f -c "pwrite -S 0x42 62140 24759" -c "truncate 3118374" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 1040k 2896k 48k" -c "sync_range -b 2252k 4k" -c "pwrite -S 0x42 1832k 4k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0" -c "pwrite -S 0x43 -b 64k 2796k 440k" -c "fdatasync" -c "truncate 1462263" -c "falloc -k 291330 2228" $mnt/file0
xfs_io -f -c "fsync" -c "falloc -k 1202641 78509" -c "reflink $mnt/file0 1100k 76k 335863" $mnt/file0
xfs_io -f -c "fzero 419937 56771" -c "fsync" -c "pwrite -S 0x44 881030 39843" -c "pwrite -S 0x41 905148 3940" -c "fpunch 717625 250513" -c "pwrite -S 0x43 -b 1m 664k 24k" -c "pwrite -S 0x42 -b 4k 1104429 762060" -c "pwrite -S 0xcd -b 4k 1774212 1230" $mnt/file0
xfs_io -f -c "truncate 448356" -c "pread -q 235852 32785" -c "falloc 67374 220071" -c "falloc 1205118 24410" $mnt/file0
sync
xfs_io -f -c "fiemap -v" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 64k 1048294 2523501" -c "pwrite -S 0x44 96k 28k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 512 891313 1029" -c "falloc 1959967 1497058" -c "falloc -k 3256295 314504" $mnt/file0
xfs_io -f -c "falloc 2688545 286928" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 12k 4184673 538" -c "falloc -k 3948804 188457" -c "pwrite -S 0x44 464409 1455590" -c "fzero 1152581 773923" -c "dedupe $mnt/file0 1432k 2228k 0" -c "pwrite -S 0x42 -b 1m 1922790 57842" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 368752 50317" $mnt/file0
xfs_io -f -c "falloc 395085 459232" -c "fpunch 3161114 1459" -c "fzero 3869885 83082" -c "pwrite -S 0x42 4056457 1516" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 568k 444k" -c "pwrite -S 0x43 924522 6704" $mnt/file0
xfs_io -f -c "fzero 2884k 928k" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 2219482 37991" -c "dedupe $mnt/file0 604k 768k 24k" -c "fzero -k 2445221 754975" -c "fpunch 3590924 411021" -c "truncate 10826" -c "pread -q 2187 3983972" $mnt/file0
xfs_io -f -c "truncate 3907980" -c "pread -q 1884094 581805" -c "pwrite -S 0x42 1864881 19289" -c "reflink $mnt/file0 1444k 3552k 16k" -c "pwrite -S 0x41 -b 12k 3293933 129012" -c "pwrite -S 0x42 -b 12k 4066432 9301" -c "pwrite -S 0x43 -b 1000 1699975 2236609" -c "fsync" $mnt/file0
