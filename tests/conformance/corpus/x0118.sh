# extsim conformance workload, fsxgen.py seed 118 (files up to 1m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc 2801 748" -c "fdatasync" -c "pwrite -S 0xcd 790971 197925" -c "pwrite -S 0x42 -b 12k 754383 238545" -c "pread -q 1094 82837" $mnt/file0
xfs_io -f -c "pread -q 228971 23515" -c "truncate 85224" -c "pread -q 27654 1460" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 56k 52k" -c "fsync" -c "pwrite -S 0x42 96k 4k" -c "pwrite -S 0x43 -b 1m 86093 655401" -c "falloc -k 396k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 64k 671781 17178" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 1m 587451 393170" -c "fdatasync" -c "falloc -k 764392 58231" -c "reflink $mnt/file0" -c "pwrite -S 0x41 828k 148k" -c "truncate 891411" $mnt/file0
sync
xfs_io -f -c "reflink $mnt/file0" -c "pwrite -S 0xcd 696781 1204" -c "fzero -k 541689 61025" -c "falloc 640k 4k" -c "pwrite -S 0x42 -b 4k 299067 46288" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 1m 240669 29989" $mnt/file0
xfs_io -f -c "falloc -k 14611 304711" -c "pwrite -S 0x43 -b 12k 756k 56k" -c "pwrite -S 0x42 256k 64k" $mnt/file0
xfs_io -f -c "falloc 707464 154682" -c "pwrite -S 0x41 -b 12k 108k 8k" -c "falloc -k 713921 90771" -c "pwrite -S 0x44 -b 1m 491032 84302" -c "fzero 299469 138099" -c "dedupe $mnt/file0 584k 176k 60k" $mnt/file0
xfs_io -f -c "falloc -k 683959 1018" -c "truncate 757352" -c "pwrite -S 0x44 516801 198765" $mnt/file0
xfs_io -f -c "fpunch 607408 287829" -c "fpunch 563777 2498" -c "dedupe $mnt/file0 344k 160k 52k" -c "pwrite -S 0x41 435615 50675" -c "sync_range -a 704k 12k" -c "fpunch 444k 4k" -c "pwrite -S 0x44 636k 52k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 368k 124k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 496803 150" -c "fsync" -c "pwrite -S 0x44 -b 4k 108k 276k" -c "reflink $mnt/file0 220k 48k 40k" -c "pread -q 531245 3137" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 1000 846708 194915" -c "falloc 256k 48k" -c "dedupe $mnt/file0 808k 828k 214231" -c "fdatasync" -c "sync_range -w 996k 4k" -c "pread -q 110853 2762" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 648k 248k" -c "fsync" -c "fiemap -v" -c "dedupe $mnt/file0 920k 40k 44k" -c "truncate 99655" $mnt/file0
xfs_io -f -c "truncate 340k" -c "sync_range -a 144k 676k" -c "fzero 248867 61590" -c "sync_range -w 200k 4k" -c "pwrite -S 0x44 144645 804404" -c "pwrite -S 0x41 -b 1000 468175 2760" -c "fpunch 812k 204k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 480k 864k 457529" $mnt/file0
xfs_io -f -c "pread -q 651564 2657" -c "pwrite -S 0x44 -b 1000 768k 20k" -c "reflink $mnt/file0 604k 424k 32k" -c "dedupe $mnt/file0 1m 236k 28k" -c "falloc 628k 252k" -c "falloc 980k 12k" -c "fiemap -v" -c "reflink $mnt/file0 1120k 1160k 48k" $mnt/file0
