# extsim conformance workload, fsxgen.py seed 167 (files up to 256k)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "fpunch 2012 929" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 -b 64k 1352 578" -c "pwrite -S 0x43 -b 1m 3679 227190" -c "pwrite -S 0x42 91266 79987" -c "fdatasync" -c "falloc -k 165053 790" -c "pwrite -S 0x42 -b 512 105596 105562" -c "fdatasync" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 184k 240k 40k" -c "reflink $mnt/file0 200k 68k 20k" -c "fdatasync" $mnt/file0
xfs_io -f -c "falloc 37864 192482" -c "pwrite -S 0x43 199102 7389" -c "fpunch 140816 40133" -c "fpunch 58580 1338" -c "reflink $mnt/file0" -c "dedupe $mnt/file0 216k 228k 9685" -c "falloc -k 218709 1027" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 124k 208k 103893" -c "falloc -k 76k 120k" -c "sync_range -b 32k 20k" -c "fpunch 167167 58419" $mnt/file0
xfs_io -f -c "fpunch 36k 168k" -c "sync_range -a 252k 4k" -c "fpunch 156969 29690" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 1m 144k 4k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 8k 372k 20k" -c "falloc -k 12718 22473" -c "pwrite -S 0x41 -b 4k 80k 36k" -c "pwrite -S 0x41 210007 47654" -c "dedupe $mnt/file0 248k 92k 48k" -c "reflink $mnt/file0 144k 152k 36k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 84k 28k" -c "fdatasync" -c "fpunch 221192 1226" -c "fiemap -v" -c "dedupe $mnt/file0 72k 188k 320k" -c "pread -q 118244 125653" -c "reflink $mnt/file0 0 0 44k" -c "reflink $mnt/file0 12k 240k 20k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 4k 94198 60554" -c "pwrite -S 0x44 192k 52k" $mnt/file0
xfs_io -f -c "fpunch 38085 38957" -c "pwrite -S 0x44 -b 512 185412 606" -c "truncate 335879" -c "reflink $mnt/file0 264k 208k 0" $mnt/file0
