# extsim conformance workload, fsxgen.py seed 75 (files up to 16m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x43 -b 1m 686 575837" -c "fiemap -v" -c "reflink $mnt/file0 28k 384k 60k" -c "pwrite -S 0x41 -b 12k 9900k 4888k" -c "truncate 1976k" -c "truncate 116k" $mnt/file0
xfs_io -f -c "sync_range -a 80k 4780k" -c "fdatasync" -c "reflink $mnt/file0 48k 160k 4k" -c "truncate 14576k" -c "fsync" -c "pwrite -S 0x43 14765425 2216" $mnt/file0
xfs_io -f -c "fzero 6673219 766259" -c "sync_range -a 5720k 4k" -c "falloc 13980k 1340k" -c "falloc -k 6211034 3765" -c "reflink $mnt/file0 5808k 7348k 9512k" -c "pread -q 11125657 1759297" -c "pwrite -S 0x43 -b 1000 2762820 325489" $mnt/file0
xfs_io -f -c "falloc 11276k 24k" -c "fsync" -c "falloc 16012231 493241" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 -b 512 13119758 642634" -c "pread -q 771029 61449" -c "sync_range -b 11248k 40k" -c "sync_range -a 1848k 392k" -c "pwrite -S 0x43 6087842 2002061" -c "fzero -k 6868167 9792" -c "falloc 9350309 3780" -c "fpunch 13208k 4k" $mnt/file0
xfs_io -f -c "falloc -k 2168k 11492k" $mnt/file0
xfs_io -f -c "fpunch 13936k 64k" -c "falloc 15268k 12k" -c "truncate 8086298" -c "pwrite -S 0x42 -b 4k 5530105 1286" -c "pwrite -S 0x43 1384k 4k" -c "reflink $mnt/file0 4700k 4956k 3273498" -c "falloc 3642137 37884" -c "falloc 1331291 241667" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 7352k 6744k 0" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 4129967 644652" $mnt/file0
xfs_io -f -c "falloc -k 420k 36k" -c "pwrite -S 0x43 1472k 60k" -c "falloc -k 5888k 4k" -c "fzero -k 116k 8000k" -c "pwrite -S 0x42 5607700 1965" -c "pwrite -S 0xcd -b 512 1728k 16k" -c "pwrite -S 0x42 5084595 320143" -c "fzero 7596844 154" $mnt/file0
xfs_io -f -c "pread -q 1814409 2114" -c "falloc -k 12860824 269610" -c "pwrite -S 0xcd -b 12k 885969 656419" -c "pwrite -S 0x44 684k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 64k 1947271 3499733" -c "pwrite -S 0x42 1808578 73429" -c "fpunch 8324429 1756" $mnt/file0
xfs_io -f -c "falloc 5776649 316197" -c "pwrite -S 0x43 5500k 684k" -c "falloc 6709507 42727" -c "pread -q 4366215 3393" -c "reflink $mnt/file0 4908k 1668k 32k" -c "pwrite -S 0xcd 9949174 2015956" -c "reflink $mnt/file0 6072k 5832k 5747402" -c "falloc -k 5920k 4k" $mnt/file0
