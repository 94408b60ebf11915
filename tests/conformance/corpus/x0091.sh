# extsim conformance workload, fsxgen.py seed 91 (files up to 1m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "fpunch 3035 228331" -c "pwrite -S 0x43 0 712k" -c "falloc -k 732016 286881" -c "falloc 572k 32k" -c "sync_range -w 120k 436k" -c "fsync" -c "pwrite -S 0x43 424k 536k" -c "pwrite -S 0x44 930178 88566" $mnt/file0
xfs_io -f -c "fpunch 434453 40078" -c "pwrite -S 0xcd -b 4k 310026 3353" -c "pwrite -S 0x41 -b 4k 424k 4k" -c "fpunch 243272 55371" -c "fdatasync" -c "pwrite -S 0x42 536k 136k" $mnt/file0
sync
xfs_io -f -c "pwrite -S 0x44 472k 492k" -c "pwrite -S 0x44 629381 6798" -c "pwrite -S 0x44 420000 364770" $mnt/file0
xfs_io -f -c "truncate 236274" -c "pwrite -S 0xcd -b 64k 196k 40k" -c "pwrite -S 0x44 -b 1m 30610 293482" -c "pwrite -S 0xcd 72k 4k" -c "fdatasync" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 56k 948k" -c "pwrite -S 0xcd 389923 443435" -c "reflink $mnt/file0 152k 540k 28k" -c "reflink $mnt/file0 168k 148k 20k" $mnt/file0
xfs_io -f -c "truncate 45267" -c "pwrite -S 0x42 -b 64k 13921 82555" -c "pwrite -S 0x41 -b 12k 208k 136k" -c "pwrite -S 0x41 -b 1m 203146 493209" -c "pwrite -S 0x43 -b 1m 466339 569" -c "fdatasync" -c "fsync" -c "fiemap -v" $mnt/file0
