# extsim conformance workload, fsxgen.py seed 126 (files up to 256k)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "pwrite -S 0x43 255245 2429" -c "pwrite -S 0x41 -b 64k 109307 73138" -c "reflink $mnt/file0 0 124k 4k" -c "fpunch 52k 4k" $mnt/file1
xfs_io -f -c "reflink $mnt/file0 0 8k 4k" -c "fpunch 11680 2927" -c "dedupe $mnt/file0 12k 16k 4k" -c "pwrite -S 0xcd 4998 74854" -c "pwrite -S 0x42 52308 111592" -c "dedupe $mnt/file0 136k 104k 16k" -c "dedupe $mnt/file1 0 192k 44k" $mnt/file0
xfs_io -f -c "fdatasync" -c "pwrite -S 0x43 -b 1m 98495 149764" -c "fsync" -c "reflink $mnt/file1 20k 156k 0" -c "pwrite -S 0x42 -b 12k 20360 33864" -c "dedupe $mnt/file1 140k 160k 0" -c "dedupe $mnt/file0 40k 356k 28k" $mnt/file1
xfs_io -f -c "fiemap -v" -c "pwrite -S 0x42 -b 512 56k 4k" -c "falloc -k 120612 54389" -c "truncate 152k" -c "pwrite -S 0x42 116k 8k" -c "pread -q 32k 16k" -c "dedupe $mnt/file1 148k 108k 0" $mnt/file1
xfs_io -f -c "pwrite -S 0x44 36871 131193" -c "pwrite -S 0xcd -b 12k 60k 40k" -c "reflink $mnt/file1 120k 32k 45184" -c "reflink $mnt/file0 156k 224k 4156" -c "pwrite -S 0xcd 57910 129560" -c "reflink $mnt/file0 76k 192k 86076" -c "pwrite -S 0x43 160k 36k" $mnt/file1
xfs_io -f -c "pwrite -S 0x43 -b 4k 16481 687" -c "dedupe $mnt/file1 272k 240k 4k" -c "sync_range -a 68k 184k" $mnt/file1
xfs_io -f -c "pwrite -S 0xcd 5285 1438" -c "pwrite -S 0xcd -b 64k 239794 6078" -c "fsync" -c "dedupe $mnt/file1 144k 288k 48k" $mnt/file1
xfs_io -f -c "pwrite -S 0xcd -b 1m 84k 36k" -c "reflink $mnt/file0 48k 52k 52k" -c "fiemap -v" -c "pwrite -S 0x41 -b 64k 98542 6878" -c "dedupe $mnt/file0 20k 32k 40k" -c "fzero -k 108k 60k" $mnt/file0
xfs_io -f -c "fpunch 38455 87955" -c "reflink $mnt/file1 48k 304k 0" -c "reflink $mnt/file1 240k 32k 0" -c "pwrite -S 0x42 -b 64k 200726 36719" $mnt/file1
xfs_io -f -c "reflink $mnt/file0 0 184k 52k" -c "falloc 167673 1139" -c "falloc 136271 6040" $mnt/file0
xfs_io -f -c "truncate 162226" -c "fpunch 68344 119355" -c "dedupe $mnt/file0 56k 40k 20k" -c "falloc 93566 144548" -c "pwrite -S 0x44 -b 1000 56k 12k" -c "pwrite -S 0xcd 196k 36k" -c "fsync" $mnt/file1
xfs_io -f -c "pwrite -S 0xcd 39992 221876" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 232k 204k 20k" -c "pwrite -S 0x44 -b 512 92k 124k" $mnt/file1
xfs_io -f -c "pwrite -S 0x41 -b 512 240k 4k" -c "fpunch 208k 4k" -c "reflink $mnt/file1 12k 124k 0" -c "pread -q 93021 58956" -c "fzero 149949 1556" $mnt/file0
