# extsim conformance workload, fsxgen.py seed 111 (files up to 4m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "dedupe $mnt/file0 0 20k 4k" -c "truncate 2938025" -c "pwrite -S 0xcd -b 12k 976k 1668k" -c "pwrite -S 0xcd 880k 484k" $mnt/file0
xfs_io -f -c "fpunch 2523922 1012581" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 3732k 4k" -c "dedupe $mnt/file0 3696k 636k 36k" -c "dedupe $mnt/file0 4k 3448k 3732k" $mnt/file0
xfs_io -f -c "falloc 1484k 4k" -c "falloc 2440k 208k" -c "fpunch 1264081 247437" -c "fpunch 3525167 3922" -c "fzero 3616k 52k" $mnt/file0
xfs_io -f -c "fsync" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 1680k 1476k 24k" -c "reflink $mnt/file0 1736k 388k 28k" -c "fsync" -c "truncate 3682698" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 1100k 2256k 32k" -c "falloc 2566255 35958" $mnt/file0
xfs_io -f -c "fzero 1184k 4k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 3076k 2516k 532874" -c "pwrite -S 0x43 -b 1m 128233 1959799" -c "pread -q 2732325 847722" -c "pwrite -S 0x44 3561866 142929" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 940k 2984k 20k" -c "fzero 1282257 613395" -c "reflink $mnt/file0 3532k 1760k 28k" -c "pread -q 936k 620k" -c "fsync" -c "dedupe $mnt/file0 1700k 3092k 4k" -c "dedupe $mnt/file0 2720k 460k 8k" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 1996k 1980k 64k" -c "pwrite -S 0x44 1520434 492309" $mnt/file0
sync
xfs_io -f -c "pread -q 364257 26951" -c "dedupe $mnt/file0 252k 1868k 3446747" -c "pwrite -S 0x43 -b 4k 3411683 478794" -c "pwrite -S 0x41 -b 64k 1266687 345873" -c "fzero -k 73184 11077" -c "truncate 2130499" -c "reflink $mnt/file0 48k 244k 64k" $mnt/file0
btrfs subvolume snapshot $mnt $mnt/snap1
