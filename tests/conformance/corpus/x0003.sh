# extsim conformance workload, fsxgen.py seed 3 (files up to 1m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
sync
xfs_io -f -c "fsync" -c "pwrite -S 0x42 0 652k" -c "reflink $mnt/file0 532k 396k 120k" -c "fiemap -v" -c "pwrite -S 0x44 272k 608k" $mnt/file0
xfs_io -f -c "fdatasync" -c "fpunch 383275 294" -c "pwrite -S 0x44 704686 328545" -c "sync_range -w 716k 296k" -c "falloc 586543 42781" -c "fdatasync" -c "fdatasync" $mnt/file0
xfs_io -f -c "truncate 505415" -c "fzero -k 840k 4k" -c "fpunch 322192 3095" -c "fiemap -v" -c "falloc -k 585259 4721" $mnt/file0
touch $mnt/file1
xfs_io -f -c "reflink $mnt/file1 0 40k 4k" -c "falloc -k 809905 2223" -c "pread -q 16923 575072" -c "falloc -k 36k 20k" -c "fiemap -v" $mnt/file1
xfs_io -f -c "fzero 584946 11631" -c "reflink $mnt/file0 256k 640k 334433" -c "pwrite -S 0x41 608k 152k" -c "pwrite -S 0x42 -b 4k 137804 524300" -c "truncate 456376" -c "pwrite -S 0x42 168k 56k" $mnt/file0
sync
xfs_io -f -c "pwrite -S 0xcd 12504 845968" -c "pwrite -S 0x44 673120 2829" -c "truncate 568694" -c "reflink $mnt/file1 416k 36k 142710" -c "fzero 910902 4237" $mnt/file1
xfs_io -f -c "pwrite -S 0xcd -b 1m 601906 2004" -c "pwrite -S 0x42 103508 3941" -c "sync_range -w 676k 4k" -c "reflink $mnt/file0 128k 880k 8k" -c "pwrite -S 0x42 244k 28k" -c "pwrite -S 0xcd -b 64k 419721 2224" $mnt/file1
xfs_io -f -c "truncate 3793" -c "pwrite -S 0x44 0 4k" -c "truncate 587" -c "reflink $mnt/file1 368k 32k 44k" -c "pwrite -S 0xcd -b 12k 49838 1463" -c "reflink $mnt/file1 44k 108k 0" -c "reflink $mnt/file1 320k 428k 56k" -c "pread -q 604k 4k" $mnt/file0
