# extsim conformance workload, fsxgen.py seed 176 (files up to 256k)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd -b 4k 0 120k" -c "reflink $mnt/file0 92k 4k 16k" -c "dedupe $mnt/file0 0 8k 60k" -c "pread -q 5102 66455" -c "pwrite -S 0xcd -b 1000 121210 32263" -c "falloc 94412 2952" -c "truncate 39356" -c "fdatasync" $mnt/file0
xfs_io -f -c "sync_range -a 0 140k" -c "truncate 88462" -c "reflink $mnt/file0 24k 20k 0" $mnt/file0
sync
xfs_io -f -c "pwrite -S 0xcd -b 4k 10384 2037" -c "fsync" -c "pwrite -S 0xcd -b 4k 204k 4k" -c "sync_range -a 168k 20k" $mnt/file0
xfs_io -f -c "fsync" -c "fsync" -c "pwrite -S 0x43 -b 1000 39337 122770" -c "fpunch 27061 55816" -c "falloc -k 150696 2381" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 193391 5372" -c "reflink $mnt/file0 68k 124k 140k" -c "fzero 8799 24321" -c "pwrite -S 0x41 116k 24k" -c "truncate 111627" -c "dedupe $mnt/file0 84k 16k 25611" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 1000 55454 9935" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 76k 68k 36k" -c "pwrite -S 0x41 -b 64k 36k 8k" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 44k 128k 32k" -c "fsync" -c "dedupe $mnt/file0 76k 84k 4k" $mnt/file0
