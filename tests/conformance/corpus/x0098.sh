# extsim conformance workload, fsxgen.py seed 98 (files up to 256k)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "pwrite -S 0x43 2957 62" -c "falloc -k 0 20k" -c "fdatasync" -c "sync_range -b 136k 24k" -c "pwrite -S 0x44 -b 4k 843 50625" -c "pwrite -S 0xcd 12165 3668" -c "falloc -k 35554 1888" -c "pwrite -S 0x44 39781 3826" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 512 2285 69301" -c "fdatasync" -c "dedupe $mnt/file0 20k 28k 28k" -c "pwrite -S 0x42 11519 3570" -c "fpunch 254990 2363" -c "fpunch 55700 6107" -c "fpunch 22773 1227" $mnt/file1
xfs_io -f -c "fsync" -c "falloc 17101 124362" -c "sync_range -b 60k 44k" -c "truncate 56k" -c "pwrite -S 0x41 44k 200k" -c "pwrite -S 0x42 -b 512 208028 3240" -c "pwrite -S 0x42 -b 512 175833 43798" -c "fsync" $mnt/file1
xfs_io -f -c "fpunch 28k 12k" -c "fsync" $mnt/file0
xfs_io -f -c "fdatasync" -c "sync_range -b 8k 104k" -c "pwrite -S 0x41 214166 5108" -c "fpunch 120175 42960" -c "truncate 206375" -c "falloc -k 180k 4k" -c "reflink $mnt/file0 36k 160k 0" $mnt/file0
xfs_io -f -c "fdatasync" -c "fsync" -c "pwrite -S 0xcd 192k 44k" -c "fpunch 250182 1540" -c "fsync" -c "pwrite -S 0x44 -b 1m 116k 4k" -c "pread -q 192k 4k" -c "fzero 188k 32k" $mnt/file0
xfs_io -f -c "truncate 24k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 20k 184k 4k" -c "dedupe $mnt/file1 100k 116k 44k" $mnt/file1
touch $mnt/file2
chattr +C $mnt/file2
xfs_io -f -c "pread -q 220290 4119" -c "falloc 219553 1168" -c "fsync" -c "pwrite -S 0xcd 178699 54977" -c "pwrite -S 0x43 70395 147321" -c "pwrite -S 0x42 -b 4k 71478 148180" $mnt/file1
xfs_io -f -c "sync_range -w 0 16k" -c "fzero -k 12k 36k" -c "fzero -k 204k 28k" -c "reflink $mnt/file0 20k 4k 4k" -c "pwrite -S 0x41 4k 4k" -c "fiemap -v" -c "pwrite -S 0xcd 161372 45485" -c "fsync" $mnt/file2
