# extsim conformance workload, fsxgen.py seed 122 (files up to 1m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x42 0 384k" -c "falloc 148k 824k" -c "sync_range -a 632k 4k" $mnt/file0
xfs_io -f -c "falloc -k 376k 72k" -c "fiemap -v" -c "pwrite -S 0x41 -b 1000 848k 92k" -c "reflink $mnt/file0 472k 208k 44k" -c "pwrite -S 0x41 661442 3010" -c "truncate 750561" $mnt/file0
xfs_io -f -c "fiemap -v" -c "fiemap -v" -c "pread -q 720k 184k" -c "falloc 332k 4k" -c "pwrite -S 0x44 -b 1000 434927 6682" -c "pwrite -S 0x44 -b 512 529762 2897" -c "reflink $mnt/file0 352k 692k 0" $mnt/file0
xfs_io -f -c "truncate 32k" -c "sync_range -b 108k 4k" -c "truncate 775447" -c "pwrite -S 0x42 -b 4k 512555 306766" -c "fzero -k 668917 3788" -c "pwrite -S 0x41 -b 4k 410457 419438" -c "truncate 356k" -c "falloc 354888 41259" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 84k 76k" -c "pwrite -S 0x44 -b 4k 108k 36k" -c "pread -q 48k 48k" -c "pwrite -S 0x44 64526 456998" -c "truncate 208757" $mnt/file0
xfs_io -f -c "fsync" -c "pwrite -S 0x43 187129 132413" $mnt/file0
xfs_io -f -c "sync_range -a 108k 384k" -c "pwrite -S 0x41 12k 876k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 319367 697174" -c "reflink $mnt/file0" -c "pwrite -S 0xcd 420k 4k" -c "pwrite -S 0x44 -b 4k 392k 360k" -c "fpunch 763767 146218" -c "pread -q 264470 36370" -c "fpunch 196026 47406" -c "fpunch 592k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 976k 36k" -c "pwrite -S 0xcd 541506 344788" -c "reflink $mnt/file0 152k 624k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 -b 4k 33093 58118" -c "pwrite -S 0x41 -b 12k 689382 1772" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 75206 2350" -c "reflink $mnt/file0" -c "falloc -k 22394 347276" -c "fzero -k 853329 544" -c "falloc -k 632k 108k" -c "fpunch 936k 16k" -c "pwrite -S 0x41 308792 1223" -c "truncate 12k" $mnt/file0
sync
xfs_io -f -c "pwrite -S 0xcd 79357 411" -c "falloc -k 20k 400k" -c "fpunch 928677 2496" -c "pread -q 79736 630174" -c "sync_range -w 8k 192k" -c "pwrite -S 0xcd 44179 377164" -c "fpunch 172k 40k" -c "falloc 987271 36802" $mnt/file0
