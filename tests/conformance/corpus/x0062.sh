# extsim conformance workload, fsxgen.py seed 62 (files up to 1m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "sync_range -b 0 1008k" -c "pwrite -S 0x42 3859 2808" -c "dedupe $mnt/file0 0 40k 6667" $mnt/file0
xfs_io -f -c "falloc -k 644655 318493" -c "dedupe $mnt/file0 0 20k 4k" -c "fdatasync" -c "pwrite -S 0x43 0 460k" -c "pwrite -S 0x44 -b 64k 470117 44993" -c "falloc 282642 802" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 168k 348k 20k" -c "pwrite -S 0xcd 209567 830010" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 540882 196822" -c "pwrite -S 0x44 72k 348k" -c "falloc 696k 36k" -c "fiemap -v" -c "pread -q 833441 26256" -c "reflink $mnt/file0 904k 1044k 52k" -c "sync_range -w 876k 124k" $mnt/file0
xfs_io -f -c "pread -q 59179 142083" $mnt/file0
xfs_io -f -c "fpunch 741611 57151" -c "fsync" -c "fsync" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 122693 177484" -c "fpunch 423795 3183" -c "truncate 59231" -c "truncate 32k" -c "sync_range -b 16k 12k" -c "sync_range -b 4k 556k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 20179 951612" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 525002 463406" -c "pread -q 614060 182418" -c "fdatasync" -c "pwrite -S 0xcd -b 512 508k 4k" -c "pwrite -S 0x41 -b 64k 228144 582783" -c "reflink $mnt/file0 288k 604k 60k" $mnt/file0
sync
xfs_io -f -c "fiemap -v" -c "falloc -k 437006 382043" -c "pwrite -S 0x43 -b 4k 8687 3333" -c "truncate 90074" -c "pwrite -S 0x43 -b 1000 40k 4k" -c "fzero 9589 3518" -c "reflink $mnt/file0" -c "pwrite -S 0xcd 43190 45321" $mnt/file0
xfs_io -f -c "fpunch 72k 468k" -c "pwrite -S 0x41 -b 512 737990 184828" -c "sync_range -b 556k 44k" -c "pwrite -S 0x44 -b 1m 476042 34392" $mnt/file0
xfs_io -f -c "falloc 653204 2417" -c "fpunch 852k 60k" -c "falloc 27560 56360" -c "reflink $mnt/file0 820k 696k 36k" -c "fzero 294813 128551" $mnt/file0
xfs_io -f -c "fpunch 887906 2312" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 1m 108795 13721" -c "pwrite -S 0x43 498077 525777" -c "pwrite -S 0x42 98697 43676" -c "fsync" -c "fsync" -c "fpunch 68060 32" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 931636 9554" -c "fpunch 16k 540k" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 743547 106855" -c "fzero 7537 43229" -c "reflink $mnt/file0 148k 8k 4k" -c "truncate 189941" -c "pwrite -S 0x41 -b 1000 443741 54374" -c "pread -q 88856 3904" $mnt/file0
