# extsim conformance workload, fsxgen.py seed 25 (files up to 256k)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
umount $mnt
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "sync_range -b 160k 44k" -c "fzero -k 51498 108640" -c "reflink $mnt/file0 0 8k 4k" -c "pwrite -S 0xcd 90215 1809" $mnt/file0
xfs_io -f -c "fpunch 144k 4k" -c "fpunch 3745 3916" -c "pwrite -S 0x42 -b 1m 525 16347" -c "reflink $mnt/file0 16k 44k 60k" -c "falloc -k 89304 117510" -c "sync_range -a 56k 104k" -c "pwrite -S 0x43 -b 64k 79971 2105" -c "sync_range -w 100k 148k" $mnt/file1
sync
xfs_io -f -c "pwrite -S 0xcd -b 512 53587 48221" -c "pwrite -S 0x43 -b 512 72333 9562" -c "pwrite -S 0xcd -b 12k 9773 1006" -c "truncate 191496" -c "truncate 41433" $mnt/file0
xfs_io -f -c "truncate 78954" $mnt/file1
xfs_io -f -c "pread -q 65812 2447" $mnt/file1
xfs_io -f -c "falloc 12649 51584" -c "pwrite -S 0x41 10363 76348" -c "pwrite -S 0x44 -b 1m 55978 265" $mnt/file1
sync
xfs_io -f -c "fzero 40867 195391" -c "reflink $mnt/file0 92k 284k 0" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 1000 56k 4k" -c "pwrite -S 0x42 -b 4k 105499 3790" -c "falloc -k 55454 2652" -c "dedupe $mnt/file0 376k 52k 28k" $mnt/file1
xfs_io -f -c "pwrite -S 0x41 82479 12295" -c "pwrite -S 0x44 104017 2813" -c "fpunch 4104 3526" -c "fzero 101682 101084" -c "fpunch 16k 4k" -c "pwrite -S 0xcd 28k 4k" $mnt/file1
xfs_io -f -c "fiemap -v" -c "fdatasync" -c "pwrite -S 0x41 138664 3074" $mnt/file1
xfs_io -f -c "pwrite -S 0xcd 8652 2143" -c "fpunch 111968 818" -c "fdatasync" $mnt/file1
xfs_io -f -c "pwrite -S 0xcd -b 4k 165701 1077" -c "fsync" -c "truncate 225649" $mnt/file0
xfs_io -f -c "falloc 6545 54426" -c "pwrite -S 0xcd 187585 3274" -c "truncate 53439" -c "dedupe $mnt/file0 8k 76k 64k" $mnt/file1
xfs_io -f -c "fsync" $mnt/file0
xfs_io -f -c "falloc 22161 3589" -c "fpunch 135328 2807" -c "fzero -k 86097 72995" -c "reflink $mnt/file0 196k 172k 24945" -c "reflink $mnt/file1 20k 4k 8k" -c "pwrite -S 0x44 -b 512 174771 11591" -c "pread -q 171548 24014" -c "falloc -k 136k 52k" $mnt/file0
