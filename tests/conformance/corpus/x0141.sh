# extsim conformance workload, fsxgen.py seed 141 (files up to 256k)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "reflink $mnt/file0 0 52k 4k" -c "fzero 47912 94301" -c "fiemap -v" -c "fsync" -c "pread -q 120k 104k" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 4k 140431 2152" -c "truncate 244630" -c "fpunch 176k 64k" -c "pwrite -S 0xcd -b 4k 20k 80k" -c "reflink $mnt/file0 84k 116k 158614" -c "dedupe $mnt/file0 240k 56k 36k" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 192k 96k 24k" -c "truncate 188k" -c "pwrite -S 0xcd 46083 10714" -c "pread -q 44k 4k" -c "fpunch 84k 4k" $mnt/file0
xfs_io -f -c "fsync" -c "pwrite -S 0x43 -b 1000 0 64k" -c "pwrite -S 0x43 -b 512 28k 4k" -c "fsync" -c "pwrite -S 0xcd -b 4k 152k 80k" $mnt/file1
xfs_io -f -c "fsync" -c "falloc -k 45815 2792" -c "pwrite -S 0x43 40524 23936" -c "fdatasync" -c "pwrite -S 0xcd 108k 4k" -c "pwrite -S 0x44 -b 512 48k 204k" -c "fdatasync" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 4k 172k 60k" $mnt/file1
xfs_io -f -c "pwrite -S 0x44 132k 8k" -c "fpunch 48k 204k" -c "pwrite -S 0x44 220k 8k" -c "dedupe $mnt/file0 192k 116k 32k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 1000 135214 69515" -c "falloc 92422 35940" -c "pwrite -S 0xcd 12k 4k" $mnt/file1
xfs_io -f -c "fsync" -c "pwrite -S 0x42 -b 64k 56k 4k" -c "sync_range -w 104k 52k" -c "fzero 95656 2530" $mnt/file0
xfs_io -f -c "reflink $mnt/file1 204k 276k 0" -c "fsync" -c "falloc -k 203765 13256" -c "pwrite -S 0x43 -b 4k 200k 40k" -c "fiemap -v" -c "fiemap -v" -c "falloc 91026 118037" -c "pwrite -S 0x43 49228 26152" $mnt/file1
xfs_io -f -c "falloc -k 152k 4k" -c "reflink $mnt/file0 16k 144k 8k" -c "pwrite -S 0xcd 204685 36905" -c "reflink $mnt/file1 28k 16k 276k" -c "pwrite -S 0x44 176k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 60k 68k" -c "falloc -k 68k 12k" -c "reflink $mnt/file0" -c "fzero -k 85427 102406" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 260485 1011" -c "reflink $mnt/file0 0 112k 292k" -c "dedupe $mnt/file1 296k 264k 12k" $mnt/file0
xfs_io -f -c "sync_range -a 60k 4k" -c "pwrite -S 0x43 140237 3282" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 196k 4k" -c "pread -q 195350 4366" -c "fpunch 72k 84k" -c "falloc -k 239313 3592" -c "truncate 212k" -c "pread -q 120k 4k" $mnt/file0
