# extsim conformance workload, fsxgen.py seed 42 (files up to 256k)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "fiemap -v" -c "fpunch 0 4k" $mnt/file0
xfs_io -f -c "fpunch 3407 55393" -c "falloc -k 2757 760" -c "falloc -k 355 140569" -c "falloc -k 0 8k" $mnt/file1
xfs_io -f -c "pwrite -S 0x43 -b 1000 3714 42639" -c "dedupe $mnt/file0 0 68k 4k" $mnt/file1
xfs_io -f -c "pwrite -S 0x43 -b 64k 2584 70187" -c "pwrite -S 0xcd -b 1m 60142 34719" -c "fsync" -c "pread -q 76484 94896" -c "pwrite -S 0x42 64686 386" -c "reflink $mnt/file0 52k 152k 0" $mnt/file0
xfs_io -f -c "fsync" -c "pwrite -S 0x41 35190 201484" -c "truncate 116k" -c "pread -q 66542 2445" -c "reflink $mnt/file0 192k 40k 4k" $mnt/file1
xfs_io -f -c "truncate 63143" -c "pwrite -S 0xcd 4k 16k" -c "pwrite -S 0x42 221846 35344" -c "truncate 176078" -c "fpunch 64986 8393" -c "falloc -k 148k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 64k 62391 175369" -c "fdatasync" $mnt/file0
xfs_io -f -c "fpunch 108k 108k" -c "fpunch 176518 497" -c "fpunch 57288 25113" -c "pwrite -S 0x44 -b 512 48100 121276" -c "fsync" -c "pwrite -S 0x44 -b 12k 4k 4k" -c "pwrite -S 0x43 86317 566" -c "fpunch 191497 20290" $mnt/file0
xfs_io -f -c "fdatasync" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 216k 4k" -c "pwrite -S 0x42 -b 64k 220k 24k" -c "fdatasync" -c "fiemap -v" -c "pwrite -S 0x43 -b 1m 153006 34180" -c "pread -q 169214 59930" $mnt/file0
xfs_io -f -c "fpunch 26209 1747" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 41352 218562" -c "reflink $mnt/file0 152k 52k 20k" -c "pwrite -S 0x43 -b 1m 73860 44943" -c "sync_range -b 228k 4k" -c "fpunch 87439 34336" -c "pwrite -S 0x42 -b 1m 112115 917" $mnt/file0
xfs_io -f -c "fpunch 112k 4k" -c "pwrite -S 0x42 46357 162703" -c "pwrite -S 0x43 216161 1470" $mnt/file1
xfs_io -f -c "truncate 176k" -c "pwrite -S 0x42 120665 80004" -c "pwrite -S 0x43 84k 16k" -c "falloc -k 140565 3618" $mnt/file1
xfs_io -f -c "pwrite -S 0xcd 184k 52k" -c "pwrite -S 0x42 -b 64k 66773 3573" -c "falloc 173119 86952" -c "truncate 214115" -c "dedupe $mnt/file1 140k 64k 44k" $mnt/file0
xfs_io -f -c "fpunch 75212 56347" -c "fdatasync" -c "fiemap -v" -c "reflink $mnt/file1 112k 108k 24k" -c "truncate 168k" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 12114 62278" -c "fpunch 50970 129599" -c "fpunch 1453 3483" -c "pwrite -S 0x41 236k 4k" -c "fpunch 132k 96k" $mnt/file0
