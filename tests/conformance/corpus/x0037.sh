# extsim conformance workload, fsxgen.py seed 37 (files up to 256k)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "fiemap -v" -c "truncate 216k" -c "pwrite -S 0xcd 72k 164k" -c "fdatasync" -c "falloc -k 8927 54653" -c "pwrite -S 0x42 -b 64k 35971 3078" -c "pwrite -S 0x43 114275 59572" -c "reflink $mnt/file0 180k 104k 16k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 1000 170018 11561" -c "falloc 32k 28k" -c "truncate 144k" -c "truncate 29348" -c "fpunch 22454 2928" -c "truncate 24k" -c "pwrite -S 0x44 -b 1000 4k 4k" -c "fdatasync" $mnt/file0
xfs_io -f -c "fiemap -v" -c "pwrite -S 0xcd -b 4k 6449 167695" -c "sync_range -a 132k 28k" -c "reflink $mnt/file0 160k 220k 4k" -c "fzero 87267 2323" $mnt/file0
sync
xfs_io -f -c "fiemap -v" -c "fdatasync" -c "pwrite -S 0x42 72k 172k" -c "pwrite -S 0x41 -b 1000 36k 12k" -c "pwrite -S 0x44 667 43329" -c "fsync" -c "pwrite -S 0xcd -b 1m 77478 51581" -c "pwrite -S 0x42 -b 64k 68k 4k" $mnt/file0
xfs_io -f -c "fzero 200k 4k" -c "fdatasync" -c "dedupe $mnt/file0 64k 244k 20k" -c "reflink $mnt/file0 20k 12k 224k" $mnt/file0
xfs_io -f -c "fsync" -c "pread -q 180k 60k" -c "fiemap -v" -c "fzero -k 153703 1835" -c "falloc -k 139046 9088" $mnt/file0
xfs_io -f -c "truncate 222583" -c "dedupe $mnt/file0 216k 220k 8k" -c "pwrite -S 0x41 184k 4k" -c "truncate 24k" -c "truncate 1337" -c "pread -q 0 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 4k 128k 60k" -c "reflink $mnt/file0" -c "pwrite -S 0x41 127217 1379" -c "pwrite -S 0x41 -b 64k 184229 1902" -c "truncate 116k" -c "pwrite -S 0xcd -b 512 84k 112k" -c "sync_range -b 96k 144k" -c "pwrite -S 0x41 60k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 64k 84k 80k" -c "fzero 12k 4k" $mnt/file0
xfs_io -f -c "truncate 236k" -c "fsync" -c "falloc -k 116853 67686" -c "pwrite -S 0x42 -b 4k 60k 112k" -c "fzero 148k 100k" -c "truncate 100486" $mnt/file0
xfs_io -f -c "fiemap -v" -c "falloc 80k 56k" -c "fsync" $mnt/file0
xfs_io -f -c "fpunch 104k 48k" -c "truncate 89417" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 14939 63179" -c "pwrite -S 0x43 -b 64k 74823 32452" -c "pwrite -S 0x42 60k 80k" -c "fsync" -c "reflink $mnt/file0 92k 32k 48k" -c "reflink $mnt/file0 72k 164k 0" -c "dedupe $mnt/file0 160k 100k 8k" -c "fpunch 40k 36k" $mnt/file0
