# extsim conformance workload, gen.py seed 399 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
sync
xfs_io -f -c "pwrite -S 0x61 -b 1m 23965696 16m" $mnt/f0
sync
xfs_io -c "reflink $mnt/f0 27758592 29413376 12988416" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "pwrite -S 0x63 30986240 56k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1208320 29818880 12k" $mnt/f0
xfs_io -c "reflink $mnt/f0 37920768 36270080 316k" $mnt/f0
sync
sync
xfs_io -c "fzero -k 9547776 52k" $mnt/f0
xfs_io -c "falloc 24879104 6383" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "reflink $mnt/f0 15388672 27648000 10387456" $mnt/f0
xfs_io -c "pwrite -S 0x62 16318464 44k" $mnt/f0
xfs_io -f -c "pwrite -b 1m 9945088 13m" $mnt/f0
xfs_io -c "falloc -k 25537739 15m" $mnt/f0
xfs_io -c "reflink $mnt/f0 14467072 25350144 26288128" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 -b 1m 24555520 10m" $mnt/f1
xfs_io -c "falloc -k 14740781 1920" $mnt/f1
xfs_io -c "dedupe $mnt/f0 23744512 0 32k" $mnt/f0
xfs_io -c "fpunch 5528035 156k" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 21446656 16m" $mnt/f1
sync
xfs_io -c "pwrite 3117056 8k" -c "fsync" $mnt/f1
xfs_io -c "reflink $mnt/f0 25088000 9707520 15663104" $mnt/f0
xfs_io -c "truncate 31271037" $mnt/f0
