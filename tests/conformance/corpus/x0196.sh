# extsim conformance workload, fsxgen.py seed 196 (files up to 256k)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "dedupe $mnt/file0 0 12k 4k" -c "dedupe $mnt/file0 0 8k 4k" -c "truncate 216983" -c "pwrite -S 0x44 69287 24794" -c "fiemap -v" $mnt/file0
xfs_io -f -c "fzero 234736 3524" -c "falloc -k 23742 196283" -c "pwrite -S 0x41 12k 28k" -c "fdatasync" -c "fzero 220050 13862" -c "falloc -k 64251 729" $mnt/file0
xfs_io -f -c "fsync" -c "falloc 13059 2313" -c "fzero 46682 129532" -c "pwrite -S 0xcd 181687 1134" $mnt/file0
xfs_io -f -c "truncate 160419" -c "pwrite -S 0x42 -b 4k 25995 169593" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 143662 600" $mnt/file0
xfs_io -f -c "falloc -k 37508 157310" -c "reflink $mnt/file0 152k 204k 0" -c "reflink $mnt/file0 224k 232k 24k" -c "falloc -k 216373 9728" $mnt/file0
xfs_io -f -c "fiemap -v" -c "fpunch 91205 5445" $mnt/file0
xfs_io -f -c "sync_range -b 68k 52k" -c "fsync" -c "reflink $mnt/file0 140k 304k 64k" -c "fzero 51278 40135" $mnt/file0
xfs_io -f -c "sync_range -w 252k 4k" -c "pwrite -S 0x42 -b 12k 145432 103760" -c "pwrite -S 0x41 7312 24533" -c "truncate 22495" $mnt/file0
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "dedupe $mnt/file0 4k 4k 20k" -c "pwrite -S 0x43 4k 4k" -c "pwrite -S 0xcd 9063 1109" -c "dedupe $mnt/file0 16k 24k 0" -c "pwrite -S 0x43 8122 39737" -c "pwrite -S 0x44 10022 15173" -c "fpunch 4k 92k" -c "fdatasync" $mnt/file0
xfs_io -f -c "fpunch 47539 3928" -c "pread -q 112046 10520" -c "pread -q 24221 2417" -c "falloc -k 27037 157196" -c "truncate 11028" -c "fiemap -v" -c "pwrite -S 0x41 -b 12k 8584 2226" -c "pwrite -S 0xcd -b 1000 1379 64183" $mnt/file0
xfs_io -f -c "fsync" -c "fsync" $mnt/file1
xfs_io -f -c "pread -q 21319 1438" -c "falloc -k 26455 95381" -c "pwrite -S 0xcd -b 512 52067 174704" -c "pwrite -S 0x42 173226 24461" -c "fsync" $mnt/file0
xfs_io -f -c "sync_range -w 72k 4k" $mnt/file0
xfs_io -f -c "reflink $mnt/file1 0 176k 4k" -c "dedupe $mnt/file1 0 48k 4k" -c "pread -q 22089 122455" -c "pwrite -S 0x41 -b 512 165513 2138" -c "pwrite -S 0x42 -b 64k 141400 21201" $mnt/file0
xfs_io -f -c "sync_range -b 0 24k" -c "pread -q 3187 14527" -c "fpunch 0 208k" -c "fzero -k 2105 30088" -c "fzero 424 144754" -c "pread -q 63479 125793" -c "pwrite -S 0xcd 236k 4k" -c "falloc 63041 27608" $mnt/file1
sync
