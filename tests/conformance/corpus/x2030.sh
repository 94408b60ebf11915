# extsim conformance workload, fsxgen.py seed 2030 (files up to 16m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x42 756 952953" -c "fzero 239644 2605241" -c "falloc 16128k 168k" -c "fdatasync" -c "truncate 2013089" -c "fdatasync" -c "truncate 668882" $mnt/file0
xfs_io -f -c "falloc -k 239886 2204" -c "pwrite -S 0xcd 192k 4k" -c "pwrite -S 0x44 -b 12k 104k 4k" -c "reflink $mnt/file0 408k 16k 60k" $mnt/file0
xfs_io -f -c "fpunch 432132 457189" -c "truncate 12646155" -c "truncate 1m" -c "fpunch 1000k 656k" -c "pwrite -S 0x44 685392 7157876" -c "reflink $mnt/file0 216k 7444k 0" -c "pwrite -S 0x42 7212k 3048k" $mnt/file0
xfs_io -f -c "fzero 5383215 3046" -c "fsync" -c "fpunch 1183030 514735" -c "fpunch 4225208 2105" -c "fpunch 8148k 668k" -c "reflink $mnt/file0 11328k 9492k 32k" -c "reflink $mnt/file0 14480k 11920k 0" $mnt/file0
touch $mnt/file1
xfs_io -f -c "truncate 4355846" -c "reflink $mnt/file0 3584k 108k 24k" $mnt/file0
umount $mnt
mount $dev $mnt
xfs_io -f -c "dedupe $mnt/file1 0 40k 4k" $mnt/file1
xfs_io -f -c "fpunch 0 4k" -c "fzero -k 0 12k" -c "fpunch 5452k 10612k" -c "fsync" $mnt/file1
xfs_io -f -c "reflink $mnt/file1 0 1292k 4k" -c "sync_range -w 2296k 12k" $mnt/file0
xfs_io -f -c "fpunch 4201782 130" $mnt/file0
xfs_io -f -c "fsync" -c "fzero 860296 263566" -c "pwrite -S 0x41 488k 4k" -c "fsync" -c "pwrite -S 0x44 -b 12k 4267532 8955" -c "truncate 1284k" -c "fsync" $mnt/file1
xfs_io -f -c "pwrite -S 0x41 -b 512 86472 1879" -c "reflink $mnt/file0 936k 3512k 12k" -c "pread -q 2576k 2484k" -c "reflink $mnt/file0 1440k 2176k 20k" -c "fdatasync" -c "pwrite -S 0xcd -b 1000 1240k 24k" -c "pwrite -S 0x43 4199621 3090" -c "truncate 16537262" $mnt/file0
