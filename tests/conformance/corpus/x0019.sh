# extsim conformance workload, fsxgen.py seed 19 (files up to 256k)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "fiemap -v" -c "pread -q 0 4k" -c "truncate 105712" $mnt/file0
xfs_io -f -c "falloc -k 12909 4405" -c "fpunch 86283 149616" -c "sync_range -b 208k 32k" -c "pwrite -S 0x44 -b 1m 18159 64659" -c "pwrite -S 0xcd -b 12k 62809 131090" -c "pwrite -S 0x43 -b 1m 6784 98727" -c "pwrite -S 0x41 -b 4k 72k 56k" -c "pwrite -S 0x44 -b 64k 104k 4k" $mnt/file0
xfs_io -f -c "fpunch 33127 56376" -c "truncate 56k" -c "fzero 4454 170000" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 148k 88k 8k" -c "truncate 73639" -c "pwrite -S 0x43 56k 40k" -c "fsync" -c "truncate 149667" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 28k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 48k 104k" -c "pwrite -S 0x41 -b 4k 148k 4k" -c "pwrite -S 0x41 84k 168k" -c "dedupe $mnt/file0 16k 300k 20k" -c "pread -q 8722 50116" -c "pwrite -S 0x43 -b 12k 216k 8k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 12k 90812 146538" -c "pwrite -S 0xcd -b 12k 32367 8359" -c "truncate 247857" -c "pwrite -S 0x44 -b 12k 59087 145953" -c "reflink $mnt/file0 56k 76k 190513" -c "fpunch 0 8k" $mnt/file0
xfs_io -f -c "sync_range -w 236k 4k" -c "pwrite -S 0x42 136k 76k" -c "truncate 37002" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 -b 12k 240279 289" -c "truncate 84k" $mnt/file0
xfs_io -f -c "falloc -k 44036 92279" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 -b 64k 75342 82633" -c "pwrite -S 0x44 -b 1m 124k 20k" -c "pwrite -S 0xcd -b 12k 49155 26874" -c "sync_range -a 136k 4k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 8k 176k 40k" -c "fpunch 176k 4k" -c "sync_range -b 228k 16k" $mnt/file0
xfs_io -f -c "fdatasync" -c "truncate 34724" -c "fsync" -c "fsync" -c "falloc 24k 28k" -c "pwrite -S 0xcd -b 512 76592 104009" -c "fiemap -v" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 12k 252931 5467" $mnt/file0
xfs_io -f -c "falloc 72k 96k" -c "pwrite -S 0xcd 43627 1717" -c "pwrite -S 0xcd 184125 63249" -c "fpunch 192k 4k" -c "fdatasync" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 4k 136k 60k" -c "fdatasync" -c "sync_range -b 116k 128k" $mnt/file0
xfs_io -f -c "fzero -k 148k 44k" -c "reflink $mnt/file0 132k 160k 32k" -c "reflink $mnt/file0 236k 296k 12k" -c "reflink $mnt/file0" -c "fpunch 68k 12k" -c "fpunch 133240 92887" $mnt/file0
xfs_io -f -c "fsync" -c "pwrite -S 0x44 4k 76k" -c "pwrite -S 0x42 252k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 78373 2154" -c "fpunch 227696 7403" -c "pwrite -S 0x44 172k 16k" -c "fsync" -c "fzero -k 76k 120k" -c "pwrite -S 0x44 67656 163981" -c "sync_range -a 44k 4k" -c "fsync" $mnt/file0
