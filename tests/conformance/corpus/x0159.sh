# extsim conformance workload, fsxgen.py seed 159 (files up to 1m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "fzero -k 0 60k" $mnt/file0
xfs_io -f -c "pread -q 0 508k" -c "fzero -k 1507 887582" -c "pread -q 0 608k" -c "pwrite -S 0x43 0 4k" -c "pwrite -S 0x41 595528 2808" -c "pwrite -S 0x43 -b 1000 84k 876k" $mnt/file1
xfs_io -f -c "falloc 788k 228k" -c "pwrite -S 0x43 164k 4k" -c "dedupe $mnt/file1 420k 412k 28k" -c "pwrite -S 0x41 -b 1000 648044 300094" -c "pwrite -S 0x43 -b 1m 865768 13784" $mnt/file1
xfs_io -f -c "pwrite -S 0x43 -b 512 0 4k" -c "falloc 0 656k" -c "fpunch 612k 60k" -c "falloc -k 947483 3752" -c "sync_range -a 132k 176k" $mnt/file0
sync
xfs_io -f -c "fpunch 24k 72k" -c "pwrite -S 0x44 428961 36312" -c "dedupe $mnt/file0 236k 492k 20k" -c "fpunch 424k 176k" -c "fzero -k 556k 336k" -c "falloc -k 404k 104k" $mnt/file0
xfs_io -f -c "truncate 708k" -c "truncate 161204" -c "fsync" -c "fiemap -v" $mnt/file1
xfs_io -f -c "fpunch 424k 48k" -c "pwrite -S 0x42 344k 404k" -c "pwrite -S 0x44 -b 1m 296k 240k" -c "falloc 384k 4k" $mnt/file1
xfs_io -f -c "pread -q 782043 15068" -c "pwrite -S 0x41 460350 3612" -c "reflink $mnt/file0 256k 492k 400k" -c "pwrite -S 0x44 -b 512 768055 130981" -c "truncate 112k" $mnt/file1
xfs_io -f -c "fsync" -c "dedupe $mnt/file1 36k 628k 76k" -c "fiemap -v" -c "fpunch 48k 16k" -c "fiemap -v" -c "falloc 40k 544k" -c "dedupe $mnt/file0 224k 28k 24k" -c "pwrite -S 0x42 -b 12k 63085 489" $mnt/file0
xfs_io -f -c "truncate 270181" -c "fsync" -c "truncate 372k" -c "pwrite -S 0x43 -b 1m 274425 1683" $mnt/file0
xfs_io -f -c "fsync" -c "pwrite -S 0x43 348289 203723" -c "pwrite -S 0x44 217213 45394" -c "pread -q 480k 424k" -c "fdatasync" $mnt/file1
xfs_io -f -c "sync_range -a 20k 4k" -c "fsync" -c "pwrite -S 0x41 -b 64k 2069 712028" $mnt/file0
