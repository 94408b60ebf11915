# extsim conformance workload, fsxgen.py seed 18 (files up to 256k)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x41 0 32k" -c "truncate 91400" -c "pread -q 44k 60k" -c "pwrite -S 0x44 44924 57788" -c "fsync" -c "falloc -k 35333 144665" -c "fzero -k 65016 24884" -c "dedupe $mnt/file0 16k 104k 16k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0" -c "pwrite -S 0x44 -b 1m 28k 4k" -c "fdatasync" -c "fsync" -c "dedupe $mnt/file0 16k 20k 86328" -c "fpunch 84k 36k" $mnt/file0
xfs_io -f -c "fpunch 2375 38282" -c "pwrite -S 0x41 223550 3760" -c "fiemap -v" $mnt/file0
xfs_io -f -c "fzero -k 108874 29497" -c "pwrite -S 0x41 77830 15346" -c "falloc -k 224992 13854" -c "pwrite -S 0x41 200k 8k" -c "fiemap -v" -c "falloc 152k 44k" -c "falloc 214607 2239" $mnt/file0
xfs_io -f -c "fpunch 40k 32k" -c "dedupe $mnt/file0 20k 52k 44k" -c "pread -q 122156 1794" -c "dedupe $mnt/file0 220k 236k 2030" -c "pwrite -S 0x44 248k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 1000 92k 4k" -c "pwrite -S 0x44 247667 3769" -c "truncate 111249" -c "sync_range -b 52k 60k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 1m 45933 3722" -c "dedupe $mnt/file0 24k 168k 86673" -c "truncate 120k" -c "pwrite -S 0x44 15334 142850" -c "pwrite -S 0x43 251470 3093" -c "reflink $mnt/file0 32k 100k 44k" -c "dedupe $mnt/file0 228k 188k 24k" -c "pwrite -S 0x43 -b 4k 75842 17502" $mnt/file0
