# extsim conformance workload, fsxgen.py seed 188 (files up to 1m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "falloc -k 220k 4k" -c "pwrite -S 0xcd -b 12k 80k 408k" -c "pwrite -S 0x43 388k 336k" -c "reflink $mnt/file0 0 776k 4k" -c "truncate 408780" $mnt/file1
xfs_io -f -c "truncate 93972" -c "fzero 78684 3942" -c "pwrite -S 0xcd 33032 986" -c "reflink $mnt/file0" $mnt/file0
xfs_io -f -c "fpunch 63286 41397" -c "fsync" $mnt/file0
xfs_io -f -c "falloc -k 78793 918774" -c "falloc -k 25140 27097" -c "pwrite -S 0x41 -b 4k 12k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 12k 44k 4k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0" -c "falloc -k 765823 172694" -c "dedupe $mnt/file1 156k 224k 36k" $mnt/file1
xfs_io -f -c "pwrite -S 0x42 -b 12k 241749 19467" -c "pwrite -S 0x43 -b 1000 131846 688159" $mnt/file1
xfs_io -f -c "pwrite -S 0xcd -b 12k 364461 1185" -c "fpunch 758191 153049" -c "truncate 574408" -c "fsync" -c "pwrite -S 0x41 486650 253335" -c "sync_range -a 316k 4k" -c "truncate 291302" $mnt/file1
xfs_io -f -c "pwrite -S 0x41 88k 4k" -c "reflink $mnt/file0 80k 100k 12k" -c "pwrite -S 0xcd 258588 1416" -c "pread -q 664k 4k" -c "fdatasync" $mnt/file1
sync
xfs_io -f -c "sync_range -b 808k 48k" -c "dedupe $mnt/file0 68k 12k 28k" -c "truncate 771107" -c "fzero -k 113093 32973" -c "fiemap -v" -c "fpunch 625300 160" -c "pwrite -S 0x43 273027 26177" -c "reflink $mnt/file1 260k 148k 25062" $mnt/file0
xfs_io -f -c "fdatasync" -c "falloc -k 143112 1820" -c "pwrite -S 0x41 1040992 3413" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 312k 4k 0" -c "reflink $mnt/file1 12k 556k 56k" -c "pwrite -S 0x42 -b 1000 544k 4k" -c "pwrite -S 0x41 -b 12k 50416 509768" -c "pwrite -S 0x41 -b 1000 116k 168k" -c "reflink $mnt/file0 232k 388k 52k" $mnt/file1
xfs_io -f -c "fdatasync" -c "pwrite -S 0xcd -b 1m 207023 209733" $mnt/file1
xfs_io -f -c "pread -q 385874 293" -c "fsync" -c "pwrite -S 0xcd 88k 920k" $mnt/file0
xfs_io -f -c "falloc -k 803396 206253" -c "pwrite -S 0xcd 908k 72k" -c "pwrite -S 0xcd -b 1m 840k 12k" -c "pwrite -S 0x41 -b 4k 1012k 8k" -c "pwrite -S 0xcd 393284 2027" -c "pwrite -S 0xcd 745950 152796" -c "falloc 36844 730755" -c "truncate 140563" $mnt/file0
xfs_io -f -c "fiemap -v" -c "truncate 18937" -c "pwrite -S 0x44 -b 12k 211126 34193" -c "fzero 628k 180k" -c "truncate 493349" $mnt/file0
xfs_io -f -c "reflink $mnt/file1 452k 440k 24k" -c "falloc 300k 244k" -c "fpunch 385710 58769" -c "dedupe $mnt/file1 96k 248k 630709" $mnt/file0
xfs_io -f -c "truncate 140k" -c "pwrite -S 0x44 -b 12k 80446 3203" $mnt/file0
touch $mnt/file2
xfs_io -f -c "sync_range -b 148k 4k" -c "fzero 446174 105045" -c "reflink $mnt/file1 516k 340k 0" $mnt/file1
xfs_io -f -c "falloc -k 3476 3787" -c "pwrite -S 0x42 -b 1m 202 27227" -c "reflink $mnt/file0 0 4k 48k" $mnt/file2
