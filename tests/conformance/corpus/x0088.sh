# extsim conformance workload, fsxgen.py seed 88 (files up to 1m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "dedupe $mnt/file0 0 28k 4k" -c "fiemap -v" -c "pwrite -S 0x43 -b 12k 3570 40043" -c "pwrite -S 0x42 -b 512 904k 28k" -c "reflink $mnt/file0 24k 832k 52k" -c "fzero -k 400981 1136" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 12k 299693 741666" -c "sync_range -b 472k 332k" -c "reflink $mnt/file0 316k 876k 44k" $mnt/file0
umount $mnt
mount $dev $mnt
xfs_io -f -c "falloc 244k 712k" -c "dedupe $mnt/file0 80k 108k 959439" -c "fsync" -c "pwrite -S 0x42 231608 3575" -c "reflink $mnt/file0" -c "sync_range -b 136k 304k" -c "reflink $mnt/file0" $mnt/file0
xfs_io -f -c "truncate 89447" -c "pwrite -S 0x44 76k 60k" -c "fdatasync" -c "dedupe $mnt/file0 60k 172k 8k" $mnt/file0
xfs_io -f -c "falloc -k 105408 628484" -c "truncate 48277" -c "fzero 856k 4k" -c "pwrite -S 0x44 -b 4k 920k 84k" -c "pwrite -S 0xcd -b 4k 805650 39720" -c "pwrite -S 0xcd 936k 40k" -c "dedupe $mnt/file0 256k 616k 28k" $mnt/file0
xfs_io -f -c "truncate 283336" $mnt/file0
xfs_io -f -c "truncate 262235" -c "fpunch 231290 126962" -c "pwrite -S 0x43 120k 384k" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 322271 41347" -c "falloc -k 325428 52783" $mnt/file0
xfs_io -f -c "truncate 407348" -c "reflink $mnt/file0 132k 188k 0" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 316398 573324" -c "pwrite -S 0x43 -b 512 592k 24k" -c "reflink $mnt/file0" -c "fsync" -c "pwrite -S 0x42 432k 168k" -c "dedupe $mnt/file0 784k 332k 86906" $mnt/file0
xfs_io -f -c "pread -q 168k 696k" -c "falloc 779388 56897" -c "reflink $mnt/file0 236k 456k 60k" -c "fzero 480k 136k" -c "falloc -k 524036 2213" -c "fsync" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 480k 844k 398202" -c "pwrite -S 0x41 668374 236034" -c "pwrite -S 0x43 -b 1000 848451 4390" $mnt/file0
xfs_io -f -c "truncate 1204k" -c "fpunch 820k 192k" -c "pread -q 621860 1201" -c "sync_range -a 808k 4k" -c "pwrite -S 0x42 -b 512 515640 2318" -c "fpunch 376k 168k" -c "pwrite -S 0x41 676k 64k" -c "fpunch 384k 4k" $mnt/file0
