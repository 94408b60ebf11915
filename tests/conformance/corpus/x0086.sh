# extsim conformance workload, fsxgen.py seed 86 (files up to 256k)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x42 3350 83" -c "pwrite -S 0x44 0 72k" -c "falloc -k 68k 92k" -c "falloc -k 5455 67424" -c "reflink $mnt/file0 48k 104k 28k" -c "fiemap -v" -c "dedupe $mnt/file0 132k 180k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 116827 443" -c "falloc -k 12k 196k" -c "falloc 112k 132k" $mnt/file0
xfs_io -f -c "fdatasync" -c "pwrite -S 0x44 64k 92k" -c "truncate 220k" -c "fpunch 44k 4k" -c "pwrite -S 0x43 107554 109479" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 124k 24k 40k" -c "pwrite -S 0x41 -b 64k 40k 8k" -c "pwrite -S 0x42 196k 32k" -c "pread -q 24k 172k" -c "pwrite -S 0x43 -b 64k 180k 28k" $mnt/file0
xfs_io -f -c "pread -q 188k 4k" -c "dedupe $mnt/file0 100k 228k 0" -c "fzero -k 60k 20k" -c "fsync" -c "falloc -k 229867 4048" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 132k 20k" -c "fzero -k 150298 104104" -c "pwrite -S 0xcd 36k 160k" -c "sync_range -w 32k 32k" -c "pwrite -S 0x43 -b 1000 208558 52797" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 12k 120524 124" -c "pwrite -S 0x43 -b 4k 160605 7964" -c "pwrite -S 0x42 -b 64k 76k 96k" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 12k 3304 4091" -c "fzero -k 52k 100k" -c "reflink $mnt/file0 200k 124k 24k" -c "fsync" $mnt/file0
umount $mnt
mount $dev $mnt
xfs_io -f -c "fzero -k 136k 36k" -c "pread -q 261092 101" -c "pread -q 8k 92k" -c "fiemap -v" -c "fzero 0 116k" -c "fpunch 237790 339" -c "fiemap -v" -c "sync_range -a 148k 16k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 241606 404" -c "reflink $mnt/file0 84k 0 16k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 62669 48327" -c "pwrite -S 0x44 -b 1000 214443 66" -c "pwrite -S 0x43 -b 12k 246211 2252" -c "fpunch 220k 12k" -c "pwrite -S 0x42 -b 12k 139565 20390" -c "fzero -k 164k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 4k 120k 4k" -c "fpunch 88k 132k" -c "falloc 16k 12k" -c "falloc 104k 4k" -c "fiemap -v" -c "falloc 56k 76k" -c "falloc 160k 56k" $mnt/file0
xfs_io -f -c "fsync" -c "truncate 88k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 64k 28k 60k" -c "pwrite -S 0x43 84k 20k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 1m 32914 83371" -c "pwrite -S 0x41 -b 4k 180k 4k" -c "pwrite -S 0x43 -b 64k 12k 60k" -c "pwrite -S 0x41 124k 52k" -c "dedupe $mnt/file0 12k 120k 60k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 8k 128k 4k" -c "fpunch 185266 2478" -c "pwrite -S 0x44 76k 160k" -c "pwrite -S 0x43 -b 1m 64k 68k" -c "pwrite -S 0x43 74695 77047" -c "fzero 44k 192k" $mnt/file0
xfs_io -f -c "truncate 224k" -c "fsync" -c "pwrite -S 0x44 -b 512 112116 144758" -c "truncate 256761" $mnt/file0
