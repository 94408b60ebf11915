# extsim conformance workload, fsxgen.py seed 85 (files up to 256k)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "dedupe $mnt/file1 0 56k 4k" -c "fsync" -c "pwrite -S 0x42 -b 1000 3706 179314" -c "fpunch 42679 3130" $mnt/file1
xfs_io -f -c "fpunch 83729 2146" $mnt/file0
xfs_io -f -c "falloc 2030 47382" -c "pwrite -S 0x43 -b 4k 29552 1296" -c "pwrite -S 0xcd 10444 100362" $mnt/file0
xfs_io -f -c "fiemap -v" -c "truncate 23578" -c "pwrite -S 0x44 -b 1m 2400 35742" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 12k 174466 38456" -c "sync_range -w 120k 116k" -c "pwrite -S 0xcd 84k 4k" -c "truncate 158436" $mnt/file1
xfs_io -f -c "pwrite -S 0x41 16k 16k" -c "pwrite -S 0x44 -b 1000 17944 7133" -c "pwrite -S 0x41 -b 1000 156k 4k" -c "pwrite -S 0x41 -b 4k 89849 298" -c "pwrite -S 0x44 -b 512 64k 164k" -c "fzero -k 148850 3995" -c "pread -q 129619 54989" $mnt/file0
xfs_io -f -c "falloc -k 92k 124k" -c "reflink $mnt/file1 36k 68k 28k" -c "fsync" -c "falloc -k 124k 60k" $mnt/file1
sync
xfs_io -f -c "truncate 67400" -c "pread -q 67284 76479" -c "reflink $mnt/file0 0 112k 20k" -c "pwrite -S 0x42 -b 1m 109215 130280" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 64k 178311 3755" -c "falloc 168k 4k" -c "falloc 191250 21004" -c "fpunch 183444 31690" -c "fzero 60k 36k" -c "reflink $mnt/file1 52k 120k 20k" $mnt/file0
xfs_io -f -c "fzero -k 111975 2814" -c "pwrite -S 0xcd 204k 32k" -c "pwrite -S 0x42 44k 48k" -c "reflink $mnt/file1 96k 244k 28k" -c "sync_range -a 216k 36k" -c "fiemap -v" $mnt/file1
