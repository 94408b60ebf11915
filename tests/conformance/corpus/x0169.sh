# extsim conformance workload, fsxgen.py seed 169 (files up to 1m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "fdatasync" -c "pwrite -S 0x42 -b 12k 1050 731852" -c "pwrite -S 0xcd 315856 3532" -c "pwrite -S 0x43 536k 188k" -c "fpunch 192122 674557" -c "pwrite -S 0x43 305284 758" -c "falloc -k 428k 4k" -c "reflink $mnt/file0 420k 476k 24k" $mnt/file0
btrfs subvolume snapshot $mnt $mnt/snap1
xfs_io -f -c "pwrite -S 0x43 -b 64k 579477 49084" -c "truncate 704k" $mnt/file0
sync
xfs_io -f -c "pwrite -S 0xcd 49101 735463" -c "fsync" -c "reflink $mnt/file0 128k 340k 0" -c "dedupe $mnt/file0 300k 412k 0" -c "falloc 172k 52k" -c "dedupe $mnt/file0 716k 896k 268468" -c "pwrite -S 0x44 -b 1m 450014 449123" -c "pwrite -S 0x43 -b 1000 125361 357358" $mnt/file0
xfs_io -f -c "falloc 660k 4k" -c "pwrite -S 0x44 -b 12k 467625 164323" -c "fpunch 366832 991" -c "falloc 380k 40k" -c "sync_range -b 972k 48k" -c "fsync" -c "pwrite -S 0x43 596k 356k" $mnt/file0
xfs_io -f -c "falloc -k 112k 384k" -c "truncate 35659" -c "fsync" -c "pwrite -S 0x44 -b 64k 24k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 28k 56k" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 72411 664049" -c "fdatasync" -c "pwrite -S 0x41 220k 340k" -c "truncate 424k" -c "fdatasync" $mnt/file0
xfs_io -f -c "truncate 166955" $mnt/file0
xfs_io -f -c "fiemap -v" -c "pwrite -S 0x44 -b 4k 723719 38753" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 418941 62557" $mnt/file0
xfs_io -f -c "fzero 464k 416k" $mnt/file0
xfs_io -f -c "truncate 371223" -c "pwrite -S 0x44 -b 1000 92k 96k" -c "fpunch 384k 496k" -c "fpunch 1035281 1624" -c "pread -q 5670 27051" -c "reflink $mnt/file0 140k 160k 0" -c "pwrite -S 0x41 294485 459529" -c "pwrite -S 0x43 -b 12k 45708 35003" $mnt/file0
