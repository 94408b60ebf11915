# extsim conformance workload, fsxgen.py seed 64 (files up to 256k)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "dedupe $mnt/file0 0 8k 4k" -c "pwrite -S 0xcd -b 512 0 4k" -c "pread -q 0 100k" -c "pwrite -S 0x44 -b 4k 0 128k" -c "sync_range -w 0 56k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 15485 229342" -c "truncate 228079" -c "pread -q 127382 33800" -c "fpunch 97688 35890" -c "pwrite -S 0x41 -b 64k 33328 910" $mnt/file0
xfs_io -f -c "fpunch 176566 41635" -c "dedupe $mnt/file0 12k 272k 20k" -c "pwrite -S 0x43 132383 51221" -c "pwrite -S 0x42 0 168k" -c "falloc -k 181434 62451" $mnt/file0
xfs_io -f -c "pread -q 184k 4k" -c "fzero -k 194159 12666" -c "reflink $mnt/file0" -c "fiemap -v" -c "sync_range -a 104k 28k" $mnt/file0
xfs_io -f -c "falloc -k 172565 2742" -c "pwrite -S 0x43 53870 36724" -c "truncate 32k" -c "truncate 140k" -c "reflink $mnt/file0 84k 32k 16k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 175746 83460" -c "reflink $mnt/file0 200k 140k 20k" -c "reflink $mnt/file0 224k 264k 4k" -c "pread -q 84k 16k" -c "fpunch 72k 112k" -c "fzero 194260 36016" -c "pwrite -S 0x44 220k 4k" -c "pwrite -S 0x42 76192 50245" $mnt/file0
xfs_io -f -c "fpunch 31793 113896" -c "fzero -k 92k 124k" -c "truncate 48k" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 32k 16k" -c "pwrite -S 0x41 32k 180k" -c "dedupe $mnt/file0 28k 188k 184k" -c "dedupe $mnt/file0 40k 48k 60k" -c "pwrite -S 0x44 236821 3100" -c "fiemap -v" -c "pwrite -S 0x41 -b 12k 192k 4k" $mnt/file0
xfs_io -f -c "fzero 60970 5740" -c "pwrite -S 0x44 -b 1000 4k 64k" -c "pwrite -S 0x44 -b 64k 169001 84224" -c "reflink $mnt/file0 176k 220k 32k" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 60k 52k" -c "falloc 97044 36219" -c "falloc -k 189599 66" -c "pwrite -S 0xcd 130704 1227" -c "fzero -k 136k 16k" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 12k 40k 140k" -c "fpunch 212305 874" -c "fpunch 240k 4k" -c "pwrite -S 0xcd 177417 17715" -c "dedupe $mnt/file0 208k 284k 24k" -c "pwrite -S 0x42 -b 12k 131946 85288" -c "reflink $mnt/file0 228k 128k 20k" -c "reflink $mnt/file0 100k 32k 60k" $mnt/file0
