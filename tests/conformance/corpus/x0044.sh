# extsim conformance workload, fsxgen.py seed 44 (files up to 256k)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
sync
xfs_io -f -c "sync_range -a 0 148k" -c "dedupe $mnt/file1 0 8k 4k" -c "pwrite -S 0x43 2211 28238" $mnt/file0
btrfs subvolume snapshot $mnt $mnt/snap1
xfs_io -f -c "pwrite -S 0x43 0 4k" -c "falloc -k 1233 63367" -c "dedupe $mnt/file1 0 32k 4k" -c "fdatasync" $mnt/file1
xfs_io -f -c "fdatasync" -c "pwrite -S 0x41 920 7769" -c "reflink $mnt/file1 0 0 12k" -c "pwrite -S 0x41 4487 25249" -c "truncate 8603" -c "sync_range -a 4k 16k" $mnt/file1
xfs_io -f -c "truncate 228k" -c "pread -q 32k 4k" -c "falloc 44159 151035" -c "truncate 189793" -c "dedupe $mnt/file0 28k 16k 8k" -c "fpunch 156546 69150" -c "pwrite -S 0x44 -b 12k 130163 628" $mnt/file1
xfs_io -f -c "pwrite -S 0x42 -b 1m 0 76k" -c "fiemap -v" -c "pwrite -S 0x41 -b 64k 16k 4k" -c "reflink $mnt/file1 68k 232k 24k" $mnt/file1
xfs_io -f -c "reflink $mnt/file1" -c "pwrite -S 0x42 36k 12k" -c "fpunch 198105 16272" -c "fdatasync" -c "truncate 157060" -c "fpunch 45085 46851" $mnt/file1
xfs_io -f -c "truncate 233299" -c "falloc -k 180937 76520" -c "pwrite -S 0x44 -b 12k 45653 10855" -c "truncate 71562" -c "dedupe $mnt/file1 12k 0 59274" -c "reflink $mnt/file0 20k 84k 4k" -c "pwrite -S 0x42 -b 4k 74047 174919" -c "pwrite -S 0x44 -b 1000 247360 2538" $mnt/file1
xfs_io -f -c "falloc 0 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 512 127734 365" -c "reflink $mnt/file0 12k 292k 20k" -c "falloc -k 112338 3105" -c "fsync" -c "pwrite -S 0xcd 144248 30454" -c "falloc -k 12k 48k" -c "dedupe $mnt/file1 204k 68k 0" -c "pread -q 160k 40k" $mnt/file1
xfs_io -f -c "falloc 136486 20861" $mnt/file1
xfs_io -f -c "truncate 151191" -c "fsync" $mnt/file1
xfs_io -f -c "reflink $mnt/file0 28k 76k 4k" $mnt/file1
xfs_io -f -c "fpunch 25504 30584" -c "dedupe $mnt/file0 28k 36k 4k" $mnt/file0
xfs_io -f -c "sync_range -w 68k 4k" -c "fsync" -c "falloc 144312 45943" -c "pwrite -S 0xcd 124k 8k" -c "pwrite -S 0x44 -b 1m 164k 4k" -c "reflink $mnt/file1 76k 4k 0" $mnt/file1
