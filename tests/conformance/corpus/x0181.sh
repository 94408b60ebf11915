# extsim conformance workload, fsxgen.py seed 181 (files up to 256k)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x41 2022 1852" -c "truncate 1160" -c "fiemap -v" -c "falloc -k 144719 4609" -c "fsync" -c "dedupe $mnt/file0 0 52k 4k" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 0 12k 1160" -c "pread -q 2209 73423" -c "fiemap -v" $mnt/file0
xfs_io -f -c "fdatasync" $mnt/file0
xfs_io -f -c "sync_range -a 248k 4k" -c "falloc 0 4k" -c "truncate 1230" -c "fdatasync" -c "pwrite -S 0x43 3060 41051" -c "pwrite -S 0x41 -b 64k 33899 116803" -c "reflink $mnt/file0 40k 124k 109742" $mnt/file0
xfs_io -f -c "pread -q 167441 17987" -c "pwrite -S 0xcd 227099 8774" -c "fsync" -c "dedupe $mnt/file0 0 236k 36k" -c "pwrite -S 0x41 -b 64k 232551 11353" -c "pwrite -S 0x43 -b 64k 35232 109172" $mnt/file0
xfs_io -f -c "falloc 142364 17916" -c "pwrite -S 0x43 124174 104075" -c "truncate 141992" -c "dedupe $mnt/file0 116k 8k 16k" -c "truncate 252k" -c "falloc -k 18952 49823" -c "pwrite -S 0xcd 60k 32k" -c "fdatasync" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 192k 224k 52k" -c "falloc -k 184010 46650" -c "pwrite -S 0x43 -b 1m 167383 82778" -c "falloc -k 232k 8k" -c "reflink $mnt/file0 128k 52k 28k" -c "falloc 209913 3464" $mnt/file0
xfs_io -f -c "truncate 53450" -c "fpunch 109445 59840" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 2412 184849" -c "sync_range -b 44k 188k" -c "truncate 161230" -c "reflink $mnt/file0 36k 60k 56k" -c "falloc -k 8k 4k" -c "pwrite -S 0x44 -b 12k 88069 62136" -c "truncate 53808" $mnt/file0
xfs_io -f -c "fzero 19332 63353" -c "reflink $mnt/file0 48k 80k 33533" $mnt/file0
xfs_io -f -c "fsync" -c "fsync" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 -b 4k 81263 36462" -c "pwrite -S 0xcd 60802 196402" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 60446 34178" $mnt/file0
xfs_io -f -c "truncate 228144" -c "pwrite -S 0x42 -b 512 103649 38316" $mnt/file0
xfs_io -f -c "pread -q 226920 12891" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 -b 4k 164k 4k" -c "fpunch 195646 3148" -c "pwrite -S 0x42 54324 44299" -c "reflink $mnt/file0 200k 208k 24k" -c "reflink $mnt/file0 224k 276k 8k" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 98863 42062" -c "fzero -k 216385 38265" -c "fsync" $mnt/file0
xfs_io -f -c "falloc -k 243319 17035" $mnt/file0
xfs_io -f -c "fpunch 227503 824" -c "reflink $mnt/file0 80k 88k 0" -c "falloc 97501 102295" -c "pread -q 164k 40k" -c "pwrite -S 0x44 38733 54483" -c "pwrite -S 0x44 252k 4k" -c "reflink $mnt/file0 212k 332k 52k" $mnt/file0
