# extsim conformance workload, fsxgen.py seed 153 (files up to 256k)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "pread -q 2588 32562" -c "pwrite -S 0x43 -b 4k 605 207224" -c "pwrite -S 0x41 216899 41055" -c "fdatasync" -c "pwrite -S 0x42 -b 12k 117500 1359" -c "truncate 186277" -c "fiemap -v" $mnt/file0
xfs_io -f -c "fzero -k 160696 1929" -c "fzero 185613 50321" -c "sync_range -w 80k 4k" -c "pwrite -S 0x42 -b 64k 150872 3914" -c "fpunch 129787 64826" -c "sync_range -w 32k 164k" -c "pwrite -S 0x42 193665 22360" -c "pwrite -S 0x41 114761 2678" $mnt/file0
xfs_io -f -c "pread -q 72k 172k" -c "pwrite -S 0x41 156k 32k" -c "falloc 222695 1861" -c "fiemap -v" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 4k 80k 4k" -c "pwrite -S 0x42 128k 40k" -c "dedupe $mnt/file0 80k 264k 60k" -c "fzero -k 68k 20k" $mnt/file0
touch $mnt/file1
xfs_io -f -c "pwrite -S 0x42 174071 55115" -c "pwrite -S 0x41 -b 12k 34116 1980" -c "fpunch 70496 154667" -c "dedupe $mnt/file0 192k 24k 0" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 1730 2663" $mnt/file1
xfs_io -f -c "pwrite -S 0xcd 171365 14931" -c "fiemap -v" -c "pwrite -S 0x44 92066 108195" -c "pwrite -S 0x43 -b 512 112329 15486" -c "pread -q 240754 84" -c "fpunch 65756 32293" $mnt/file1
xfs_io -f -c "pwrite -S 0x44 243085 11041" -c "pwrite -S 0x44 84k 128k" -c "pwrite -S 0x41 239361 693" -c "reflink $mnt/file0 232k 24k 16558" -c "falloc 65800 156842" -c "pwrite -S 0x42 58859 21330" -c "falloc 132517 43952" $mnt/file0
xfs_io -f -c "fpunch 156392 30842" -c "pread -q 192k 12k" -c "pwrite -S 0xcd 2910 175321" -c "pwrite -S 0x43 -b 64k 0 56k" -c "pwrite -S 0xcd -b 12k 191005 6014" -c "pwrite -S 0x43 -b 4k 119853 14811" $mnt/file1
xfs_io -f -c "truncate 42996" -c "pwrite -S 0x44 37740 51015" -c "fsync" -c "reflink $mnt/file0 180k 124k 69806" $mnt/file1
xfs_io -f -c "falloc 135182 52332" -c "pwrite -S 0xcd 252279 6882" -c "reflink $mnt/file0 148k 216k 0" -c "reflink $mnt/file1 144k 56k 12k" -c "pwrite -S 0x41 142439 45391" $mnt/file0
xfs_io -f -c "fdatasync" -c "truncate 245767" $mnt/file0
xfs_io -f -c "reflink $mnt/file0" -c "reflink $mnt/file0 208k 120k 8k" -c "fdatasync" -c "truncate 216278" -c "reflink $mnt/file0 32k 104k 212999" -c "falloc -k 8k 4k" -c "fdatasync" $mnt/file1
