# extsim conformance workload, fsxgen.py seed 53 (files up to 1m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x41 720921 34210" $mnt/file0
xfs_io -f -c "fpunch 356k 520k" -c "reflink $mnt/file0 56k 340k 12k" -c "fsync" -c "fpunch 325625 3666" $mnt/file0
xfs_io -f -c "falloc 302024 264" -c "pwrite -S 0x44 -b 512 501421 343792" -c "fpunch 404k 372k" -c "reflink $mnt/file0 532k 488k 24k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 132360 240024" -c "pread -q 804892 127578" -c "fpunch 680k 20k" -c "truncate 675068" -c "pwrite -S 0x43 -b 1000 591213 3080" -c "fdatasync" -c "reflink $mnt/file0 340k 608k 24k" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 21271 997090" -c "pwrite -S 0x44 -b 4k 691528 48208" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 388k 4k" -c "falloc 65868 778681" -c "falloc -k 430994 428" -c "fpunch 816k 4k" -c "pread -q 556k 156k" -c "pwrite -S 0x44 245717 43343" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 836k 500k 162297" -c "pread -q 571543 3039" -c "sync_range -w 496k 16k" -c "reflink $mnt/file0 344k 332k 40k" -c "fpunch 828k 4k" -c "fsync" -c "falloc 404k 24k" $mnt/file0
btrfs subvolume snapshot $mnt $mnt/snap1
xfs_io -f -c "pwrite -S 0x41 317595 1599" -c "pwrite -S 0xcd -b 4k 536752 161" -c "pwrite -S 0x44 979078 66720" -c "falloc 781563 721" -c "reflink $mnt/file0 984k 664k 38182" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 4k 105503 509935" -c "pwrite -S 0x42 772k 4k" -c "fsync" -c "fdatasync" -c "pwrite -S 0x43 348731 2753" -c "pwrite -S 0x43 -b 1000 12k 932k" -c "reflink $mnt/file0 524k 328k 48k" -c "fzero 708k 32k" $mnt/file0
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "reflink $mnt/file0 344k 612k 8k" -c "fpunch 126862 62633" $mnt/file0
xfs_io -f -c "falloc 489986 2817" -c "pwrite -S 0x44 -b 4k 342356 61945" $mnt/file0
xfs_io -f -c "falloc 2657 41719" -c "dedupe $mnt/file0 888k 104k 36k" -c "truncate 328k" -c "pwrite -S 0xcd -b 64k 11869 780529" -c "pwrite -S 0x42 470677 501283" -c "pwrite -S 0xcd 699023 2835" -c "pwrite -S 0x41 548210 100484" $mnt/file1
xfs_io -f -c "fsync" -c "pread -q 472k 56k" -c "pwrite -S 0x42 -b 512 930615 66220" -c "pwrite -S 0x42 840k 88k" -c "pwrite -S 0x42 -b 512 73674 33036" -c "dedupe $mnt/file1 708k 80k 40k" $mnt/file0
xfs_io -f -c "sync_range -w 280k 4k" -c "falloc -k 724k 276k" -c "pwrite -S 0x44 675211 2041" -c "fzero 980k 4k" -c "falloc 1008k 4k" -c "fzero -k 816k 28k" $mnt/file0
