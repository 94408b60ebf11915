# extsim conformance workload, fsxgen.py seed 147 (files up to 1m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "fpunch 563 851756" -c "falloc -k 0 24k" -c "fpunch 2462 24872" -c "pwrite -S 0x42 -b 512 828k 188k" -c "fdatasync" -c "fpunch 224824 39679" -c "fiemap -v" $mnt/file0
xfs_io -f -c "fpunch 921628 13402" -c "falloc -k 374754 50032" -c "pwrite -S 0x43 -b 4k 665809 43277" -c "pwrite -S 0xcd 612177 383803" -c "falloc 761807 3383" -c "pwrite -S 0x42 -b 1000 700k 288k" $mnt/file0
xfs_io -f -c "fpunch 279974 2544" $mnt/file0
xfs_io -f -c "truncate 617413" -c "pwrite -S 0xcd -b 1000 418010 519201" -c "pwrite -S 0x44 -b 12k 512k 504k" -c "pwrite -S 0x41 -b 4k 444k 4k" -c "fdatasync" -c "pwrite -S 0x41 637275 3949" -c "reflink $mnt/file0 728k 936k 28k" -c "reflink $mnt/file0 708k 868k 308k" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 694160 305809" -c "reflink $mnt/file0 672k 524k 40k" -c "pwrite -S 0x44 -b 512 90628 4090" -c "reflink $mnt/file0 692k 596k 36k" $mnt/file0
xfs_io -f -c "fpunch 523301 152" $mnt/file0
xfs_io -f -c "pread -q 632k 104k" -c "pread -q 900047 2149" -c "reflink $mnt/file0 64k 836k 52k" -c "pread -q 351720 2406" -c "dedupe $mnt/file0 1056k 492k 28k" -c "fiemap -v" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 693505 73252" -c "fzero 627237 223835" -c "fsync" -c "falloc -k 509223 26407" -c "pwrite -S 0x42 750583 3358" -c "pwrite -S 0x43 -b 512 995356 27913" $mnt/file0
btrfs subvolume snapshot $mnt $mnt/snap1
xfs_io -f -c "pwrite -S 0xcd -b 512 697065 93952" -c "pwrite -S 0x42 984k 4k" -c "fiemap -v" $mnt/file0
xfs_io -f -c "falloc 827449 43582" -c "reflink $mnt/file0" -c "reflink $mnt/file0 628k 100k 12k" -c "pwrite -S 0x41 677169 26991" -c "truncate 1130855" $mnt/file0
xfs_io -f -c "fdatasync" -c "fzero 712k 4k" -c "sync_range -w 256k 680k" -c "pwrite -S 0x44 59259 326337" -c "reflink $mnt/file0 24k 764k 20k" -c "truncate 501102" -c "truncate 39130" -c "fzero -k 12k 12k" $mnt/file0
xfs_io -f -c "fzero 0 4k" -c "pread -q 704k 24k" -c "fpunch 24k 116k" -c "reflink $mnt/file0" -c "pwrite -S 0x43 -b 12k 962253 2992" -c "reflink $mnt/file0 92k 520k 48k" -c "falloc -k 864088 24587" $mnt/file0
xfs_io -f -c "fiemap -v" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 575892 315725" -c "pwrite -S 0x42 -b 4k 144k 4k" -c "pwrite -S 0x42 396k 156k" -c "pwrite -S 0x44 542547 187173" $mnt/file0
