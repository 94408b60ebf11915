# extsim conformance workload, fsxgen.py seed 2 (files up to 256k)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "fiemap -v" -c "pwrite -S 0xcd -b 1m 1297 167372" -c "falloc -k 70317 225" -c "truncate 222094" -c "fsync" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 32k 128k" -c "fpunch 199985 51757" -c "fiemap -v" -c "falloc -k 233711 24708" $mnt/file0
xfs_io -f -c "truncate 185558" -c "fpunch 148820 63781" -c "reflink $mnt/file0 176k 212k 12k" -c "fzero -k 213212 47903" -c "sync_range -b 172k 4k" -c "pwrite -S 0x41 195240 482" -c "truncate 55713" -c "pwrite -S 0x41 13793 3465" $mnt/file0
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x42 -b 1000 47803 3057" -c "sync_range -w 24k 4k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 28k 0 4k" -c "fpunch 30984 12250" -c "reflink $mnt/file0 0 56k 12k" -c "falloc 44702 68640" -c "fpunch 18424 2073" -c "pwrite -S 0x42 56k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 104884 67269" -c "fsync" -c "pwrite -S 0x41 -b 512 40k 4k" -c "pwrite -S 0x44 -b 1m 6406 118977" -c "pwrite -S 0xcd 55087 111569" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 4k 5107 3003" -c "pwrite -S 0x41 27529 52008" -c "fpunch 116k 8k" $mnt/file0
