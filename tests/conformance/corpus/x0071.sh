# extsim conformance workload, fsxgen.py seed 71 (files up to 256k)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x42 198 244061" -c "falloc 158982 3183" $mnt/file0
xfs_io -f -c "fpunch 240056 2046" -c "fiemap -v" -c "pwrite -S 0x42 -b 4k 180k 72k" -c "falloc -k 24k 32k" -c "fzero -k 93906 24875" -c "reflink $mnt/file0 224k 240k 28k" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 1000 170929 31954" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 4k 230976 26936" -c "falloc 254588 49" -c "fpunch 148k 4k" -c "fpunch 179077 58571" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 144k 92k" -c "reflink $mnt/file0 192k 164k 36k" -c "fdatasync" -c "pwrite -S 0xcd -b 1m 39127 130441" -c "fpunch 261418 131" -c "reflink $mnt/file0" -c "pwrite -S 0x41 -b 12k 124185 22264" -c "falloc 68k 16k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 52k 164k" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 184k 140k 60k" $mnt/file0
umount $mnt
mount $dev $mnt
xfs_io -f -c "fdatasync" $mnt/file0
xfs_io -f -c "truncate 156k" -c "fiemap -v" -c "fzero 62468 55718" -c "falloc 76427 149183" -c "fsync" -c "reflink $mnt/file0 132k 216k 36k" $mnt/file0
xfs_io -f -c "falloc -k 226337 35325" -c "pwrite -S 0x42 23953 21663" -c "pwrite -S 0x44 -b 1m 18226 64136" -c "pwrite -S 0xcd -b 64k 214822 3302" -c "truncate 59693" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 36k 28k" -c "pwrite -S 0x44 55793 168007" $mnt/file0
sync
xfs_io -f -c "truncate 192664" -c "truncate 84k" -c "dedupe $mnt/file0 4k 64k 0" -c "dedupe $mnt/file0 72k 20k 12k" -c "pwrite -S 0x44 -b 512 8773 241731" $mnt/file0
xfs_io -f -c "sync_range -w 220k 12k" $mnt/file0
xfs_io -f -c "truncate 16k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 1000 4k 44k" -c "pwrite -S 0x42 96661 111488" $mnt/file0
sync
xfs_io -f -c "reflink $mnt/file0 192k 48k 12k" -c "sync_range -a 40k 72k" -c "sync_range -b 40k 200k" -c "fzero 200k 4k" $mnt/file0
