# extsim conformance workload, fsxgen.py seed 47 (files up to 256k)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/file0 0 12k 0" -c "fzero -k 5170 60306" -c "sync_range -b 0 4k" -c "dedupe $mnt/file0 8k 68k 4k" -c "pwrite -S 0x43 8k 128k" -c "pwrite -S 0x44 175562 61739" -c "fiemap -v" $mnt/file0
xfs_io -f -c "fsync" -c "pread -q 126863 103673" -c "pread -q 57917 1697" -c "falloc 78224 3983" $mnt/file0
xfs_io -f -c "truncate 249828" -c "fpunch 159328 84449" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 1000 113151 23158" -c "pwrite -S 0x41 -b 512 88k 24k" -c "fpunch 8k 20k" -c "sync_range -a 100k 132k" -c "fdatasync" -c "fdatasync" $mnt/file0
sync
xfs_io -f -c "reflink $mnt/file0 60k 28k 188388" -c "pwrite -S 0xcd 160602 35804" -c "pwrite -S 0xcd -b 4k 13679 3388" -c "fzero 133136 3779" -c "fpunch 147830 2357" -c "dedupe $mnt/file0 128k 56k 48k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 68k 276k 4k" -c "pwrite -S 0xcd -b 512 138024 50293" $mnt/file0
xfs_io -f -c "fdatasync" -c "truncate 107410" -c "pwrite -S 0xcd 106053 106190" -c "falloc -k 48853 94511" -c "fdatasync" -c "pwrite -S 0x43 -b 12k 70231 55211" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 120k 0 0" -c "fpunch 67560 26872" -c "truncate 44498" -c "fzero 37373 82049" -c "fiemap -v" -c "reflink $mnt/file0 116k 152k 8k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 12k 20429 107747" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 140k 96k 0" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 64k 110176 144312" -c "reflink $mnt/file0 152k 44k 44k" -c "pwrite -S 0x41 64k 84k" -c "pread -q 187252 3233" -c "reflink $mnt/file0 132k 104k 40k" -c "pwrite -S 0x44 188648 63999" $mnt/file0
xfs_io -f -c "fiemap -v" -c "pread -q 210019 2768" -c "pwrite -S 0x42 -b 1000 216k 4k" -c "pwrite -S 0x43 220k 4k" -c "fsync" -c "reflink $mnt/file0 88k 44k 164376" -c "fsync" $mnt/file0
