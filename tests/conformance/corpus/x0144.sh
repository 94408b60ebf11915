# extsim conformance workload, fsxgen.py seed 144 (files up to 256k)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/file0 0 56k 4k" -c "fzero 32k 60k" $mnt/file0
xfs_io -f -c "fsync" -c "falloc -k 80k 20k" $mnt/file0
xfs_io -f -c "fiemap -v" -c "falloc 12k 100k" -c "truncate 70782" $mnt/file0
xfs_io -f -c "truncate 84k" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 8k 56k" -c "reflink $mnt/file0 60k 8k 24k" -c "pwrite -S 0x41 -b 12k 182245 5817" -c "pwrite -S 0x44 -b 512 152968 69315" -c "fsync" -c "fpunch 56k 4k" -c "pwrite -S 0x43 -b 12k 68k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 25492 28587" -c "truncate 118907" -c "pwrite -S 0x43 80k 4k" -c "sync_range -a 56k 44k" -c "reflink $mnt/file0" -c "reflink $mnt/file0 40k 144k 12k" -c "fdatasync" $mnt/file0
xfs_io -f -c "fpunch 104435 58257" -c "fzero 93202 140373" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 23137 36052" $mnt/file0
xfs_io -f -c "fdatasync" -c "reflink $mnt/file0 84k 128k 0" -c "reflink $mnt/file0 68k 152k 8k" $mnt/file0
xfs_io -f -c "fpunch 58059 1561" -c "falloc 201203 1740" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 205053 29466" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 1m 56k 84k" -c "fpunch 130023 56396" -c "fpunch 236664 3781" -c "reflink $mnt/file0 8k 332k 48k" -c "pwrite -S 0x41 -b 12k 219072 21405" -c "falloc 52k 4k" -c "pwrite -S 0x42 -b 12k 219393 38886" -c "fsync" $mnt/file0
xfs_io -f -c "fpunch 219450 1347" -c "pwrite -S 0x42 166078 65261" -c "pwrite -S 0x44 -b 512 160k 72k" -c "fiemap -v" -c "truncate 299127" $mnt/file0
btrfs subvolume snapshot $mnt $mnt/snap1
sync
xfs_io -f -c "pwrite -S 0x43 64k 20k" -c "reflink $mnt/file0 216k 72k 36k" -c "fdatasync" -c "fpunch 132k 8k" $mnt/file0
xfs_io -f -c "fdatasync" -c "reflink $mnt/file0 280k 208k 0" -c "falloc 68651 32755" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 1m 10246 40525" -c "pwrite -S 0x44 95917 126683" -c "sync_range -a 76k 144k" -c "pwrite -S 0xcd 249289 10442" -c "reflink $mnt/file0 108k 224k 4k" -c "truncate 273088" $mnt/file0
