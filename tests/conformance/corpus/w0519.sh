# extsim conformance workload, gen.py seed 519
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 445409 40k" $mnt/f0
xfs_io -c "reflink $mnt/f0 472k 164k 3041" $mnt/f0
xfs_io -c "fpunch 68k 32k" $mnt/f0
xfs_io -c "truncate 582264" $mnt/f0
xfs_io -c "truncate 312k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f0 300k 588k 4k" $mnt/f0
xfs_io -c "fpunch 164k 3949" $mnt/f0
md5sum $mnt/f0
xfs_io -c "truncate 315819" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 980k 52k" -c "fsync" $mnt/f1
xfs_io -c "falloc 8k 164k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 220k 628k 0" $mnt/f2
xfs_io -c "fpunch 180860 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 536k 16k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 48k 636k 328k" $mnt/f3
xfs_io -c "falloc -k 1037220 8k" $mnt/f1
xfs_io -c "falloc 936k 52k" $mnt/f3
xfs_io -c "dedupe $mnt/f1 384k 52k 32k" $mnt/f0
xfs_io -c "dedupe $mnt/f3 152k 32k 28k" $mnt/f0
xfs_io -c "falloc 702923 40k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "falloc -k 1020k 32k" $mnt/f4
xfs_io -c "pwrite -S 0x62 20k 228k" $mnt/s1/f0
xfs_io -c "fzero 304k 36k" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x62 408k 16k" -c "fsync" $mnt/s1/f0
xfs_io -c "truncate 84532" $mnt/s1/f2
xfs_io -c "dedupe $mnt/s1/f1 1016k 1004k 4k" $mnt/s1/f1
xfs_io -c "falloc -k 88909 16k" $mnt/s1/f0
xfs_io -c "reflink $mnt/f1 1008k 204k 8k" $mnt/f1
xfs_io -f -c "truncate 503434" $mnt/f5
xfs_io -c "pwrite -S 0x63 504k 4k" $mnt/s1/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -f -c "falloc 572k 40k" $mnt/f6
xfs_io -c "fpunch 681419 1708" $mnt/s2/f1
xfs_io -f -c "pwrite -S 0x63 428k 76k" $mnt/s2/f3
xfs_io -c "dedupe $mnt/s1/f1 680k 40k 20k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -f -c "pwrite -S 0x63 432k 56k" $mnt/s3/g0
xfs_io -c "reflink $mnt/s1/f0 72k 340k 156k" $mnt/f2
md5sum $mnt/s3/f4
xfs_io -f -c "pwrite -S 0x63 556k 224k" $mnt/s2/g0
xfs_io -f -c "pwrite -S 0x63 -b 1m 504k 2m" $mnt/f7
xfs_io -c "dedupe $mnt/s1/f2 40k 0 4k" $mnt/s1/f3
xfs_io -c "falloc 924k 256k" $mnt/s2/f3
xfs_io -c "falloc 764k 40k" $mnt/f1
xfs_io -c "fsync" $mnt/s3/g0
xfs_io -c "pwrite 416k 52k" -c "fdatasync" $mnt/s2/f5
xfs_io -c "fzero -k 388k 84k" $mnt/s3/f6
xfs_io -f -c "falloc 280k 10086" $mnt/s3/g1
xfs_io -c "pwrite -S 0xcd 36k 28k" $mnt/s1/f1
xfs_io -c "reflink $mnt/s2/f2 624k 272k 36k" $mnt/s2/f1
xfs_io -c "reflink $mnt/f0 488k 424k 28k" $mnt/f6
xfs_io -c "falloc -k 988262 24k" $mnt/s3/f1
xfs_io -c "dedupe $mnt/s3/f6 68k 44k 32k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 200k 164k" $mnt/s3/f2
xfs_io -c "pwrite -S 0x63 209551 252k" $mnt/s3/f2
xfs_io -c "pwrite -S 0x63 72k 228k" $mnt/s1/f0
xfs_io -c "fpunch 952k 60k" $mnt/s1/f3
xfs_io -f -c "pwrite -S 0xcd 364k 24k" $mnt/f3
md5sum $mnt/s3/f0
xfs_io -c "truncate 503349" $mnt/f0
