# extsim conformance workload, fsxgen.py seed 114 (files up to 256k)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
touch $mnt/file1
xfs_io -f -c "fsync" -c "falloc -k 0 100k" $mnt/file1
xfs_io -f -c "fsync" -c "reflink $mnt/file1 0 60k 4k" -c "falloc 51978 1092" -c "reflink $mnt/file1 64k 48k 4k" -c "pwrite -S 0x42 -b 512 24k 20k" -c "pread -q 60k 88k" $mnt/file1
xfs_io -f -c "fdatasync" -c "pwrite -S 0x43 -b 4k 7391 9784" -c "dedupe $mnt/file0 0 32k 4k" -c "fpunch 4533 1257" -c "sync_range -w 12k 128k" -c "fpunch 54187 60525" -c "fiemap -v" $mnt/file1
xfs_io -f -c "fdatasync" -c "fpunch 28k 112k" -c "reflink $mnt/file1 52k 12k 12k" $mnt/file0
sync
btrfs subvolume snapshot $mnt $mnt/snap1
xfs_io -f -c "pwrite -S 0x42 -b 512 236k 12k" -c "reflink $mnt/file0 128k 192k 0" -c "fpunch 155934 39033" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 220k 328k 4k" -c "pwrite -S 0xcd 93478 53455" -c "pread -q 46977 57359" -c "fzero 28540 59153" -c "pwrite -S 0x44 -b 12k 150423 31" -c "pwrite -S 0x41 -b 64k 2223 2303" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 48k 40k" $mnt/file1
xfs_io -f -c "pwrite -S 0x44 -b 64k 164575 9191" $mnt/file0
xfs_io -f -c "falloc 51913 162855" -c "pwrite -S 0x43 241800 11232" -c "fpunch 9976 3482" -c "fpunch 156k 76k" $mnt/file0
xfs_io -f -c "reflink $mnt/file1 0 100k 0" -c "pwrite -S 0x43 -b 4k 165054 43443" -c "dedupe $mnt/file1 96k 60k 60k" -c "fpunch 197403 4235" -c "falloc 27278 232117" -c "pwrite -S 0x41 -b 64k 167300 74472" -c "pwrite -S 0x42 -b 64k 62085 156455" $mnt/file1
xfs_io -f -c "truncate 216k" -c "fpunch 212212 3040" -c "falloc 149089 39738" -c "pwrite -S 0x43 -b 1000 185338 63011" -c "falloc 218824 34071" -c "fiemap -v" -c "fsync" -c "pwrite -S 0xcd -b 512 208k 28k" $mnt/file1
