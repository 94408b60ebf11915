# extsim conformance workload, fsxgen.py seed 148 (files up to 256k)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "fzero -k 116058 83847" -c "pwrite -S 0x43 152k 4k" -c "fiemap -v" -c "reflink $mnt/file0 68k 60k 56k" $mnt/file0
xfs_io -f -c "sync_range -b 184k 4k" -c "fpunch 40357 63023" -c "truncate 126460" -c "truncate 216k" -c "fsync" -c "truncate 188k" -c "pwrite -S 0x43 -b 12k 172k 24k" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 171380 62452" -c "fzero -k 23907 63855" -c "pwrite -S 0x41 76k 4k" -c "reflink $mnt/file0 160k 140k 0" $mnt/file0
xfs_io -f -c "fpunch 40k 20k" -c "pwrite -S 0x43 204k 4k" -c "pwrite -S 0x44 80k 4k" $mnt/file0
xfs_io -f -c "fiemap -v" -c "fzero -k 77516 2216" -c "fiemap -v" -c "pwrite -S 0x41 -b 12k 124k 52k" -c "falloc 5656 48264" -c "pwrite -S 0x43 -b 512 204k 20k" -c "pwrite -S 0x41 191178 50319" $mnt/file0
xfs_io -f -c "pread -q 57111 24874" -c "reflink $mnt/file0 168k 116k 20k" -c "reflink $mnt/file0 76k 16k 0" -c "fpunch 132705 60770" -c "pwrite -S 0x41 -b 1000 184005 2815" -c "pwrite -S 0x44 99823 47405" -c "fsync" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 64k 92k 4k" $mnt/file0
xfs_io -f -c "fiemap -v" -c "reflink $mnt/file0 144k 184k 48k" -c "reflink $mnt/file0 180k 76k 24k" -c "reflink $mnt/file0 164k 168k 0" -c "reflink $mnt/file0 200k 284k 16k" -c "dedupe $mnt/file0 208k 352k 92k" -c "reflink $mnt/file0 68k 36k 56k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 112k 8k" -c "falloc 64k 4k" -c "pwrite -S 0xcd -b 64k 220253 9025" -c "pwrite -S 0x41 -b 12k 37340 3947" -c "fdatasync" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 66134 3302" -c "fsync" -c "pwrite -S 0xcd 56k 12k" -c "pwrite -S 0x43 -b 12k 158052 3886" $mnt/file0
xfs_io -f -c "pread -q 213813 33660" -c "fpunch 4k 212k" -c "pwrite -S 0xcd -b 1m 200k 20k" -c "pwrite -S 0xcd 244k 4k" -c "reflink $mnt/file0 204k 196k 56k" -c "reflink $mnt/file0" -c "truncate 14090" -c "pwrite -S 0x44 3239 2889" $mnt/file0
