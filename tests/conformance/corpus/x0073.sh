# extsim conformance workload, fsxgen.py seed 73 (files up to 256k)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "fpunch 904 2090" -c "fpunch 2885 130606" -c "fsync" -c "fpunch 0 8k" -c "fzero -k 2422 30014" -c "truncate 25653" -c "pread -q 225361 678" -c "reflink $mnt/file0 4k 16k 16k" $mnt/file0
xfs_io -f -c "falloc -k 26875 3508" -c "pwrite -S 0x41 -b 12k 189641 21972" -c "pwrite -S 0x44 -b 4k 140k 108k" -c "pwrite -S 0xcd 24k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 1m 72k 16k" -c "reflink $mnt/file0 164k 76k 0" -c "pwrite -S 0x41 214344 8831" -c "pwrite -S 0x43 -b 12k 98947 51553" -c "pwrite -S 0x41 -b 64k 96k 60k" -c "truncate 16k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 12k 56k 4k" -c "fdatasync" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 12k 50700 26208" -c "fzero 404 237880" -c "pwrite -S 0xcd 164k 72k" -c "falloc 4k 4k" -c "fsync" -c "fpunch 124k 4k" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 84k 108k 36k" -c "pwrite -S 0x44 128k 28k" -c "pwrite -S 0x42 -b 1000 70825 2195" -c "pwrite -S 0x42 -b 12k 190347 9020" $mnt/file0
xfs_io -f -c "fpunch 84907 107807" -c "pwrite -S 0xcd -b 1m 151666 1620" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 4k 13910 446" $mnt/file0
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd -b 512 164k 76k" -c "truncate 216k" -c "fsync" -c "pwrite -S 0x43 -b 64k 202256 58464" -c "reflink $mnt/file0 20k 76k 48k" -c "fpunch 4k 4k" $mnt/file0
xfs_io -f -c "sync_range -a 152k 76k" -c "pwrite -S 0x41 -b 12k 136k 4k" -c "pwrite -S 0x43 240k 4k" -c "sync_range -a 140k 16k" -c "fsync" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 16k 152k" -c "falloc -k 120k 80k" -c "pread -q 40k 20k" -c "pwrite -S 0x41 252757 7080" -c "pwrite -S 0x41 -b 12k 200k 48k" -c "fpunch 43738 132008" -c "pwrite -S 0x43 107007 139864" $mnt/file0
