# extsim conformance workload, gen.py seed 149 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x62 4108288 8074" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x61 27590656 40k" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 19234816 12m" $mnt/f0
xfs_io -c "falloc -k 21209088 8k" $mnt/f0
xfs_io -c "falloc -k 30453760 124k" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 16478208 2m" $mnt/f0
xfs_io -c "pwrite -S 0x61 696k 132k" $mnt/f0
xfs_io -c "falloc -k 11943936 6440" $mnt/f0
xfs_io -c "fpunch 1342734 96k" $mnt/f0
xfs_io -c "falloc -k 25473024 11m" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 13271040 20k" $mnt/f0
xfs_io -c "pwrite -S 0x61 3782819 44k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -f -c "pwrite 25505792 40k" $mnt/f0
xfs_io -c "reflink $mnt/f0 22048768 6930432 4m" $mnt/f0
xfs_io -c "falloc -k 20664320 20k" $mnt/f0
xfs_io -c "reflink $mnt/f0 10190848 25038848 764k" $mnt/f0
xfs_io -c "reflink $mnt/f0 6111232 3764224 10420224" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 21090304 3036" $mnt/sv/g0
xfs_io -f -c "reflink $mnt/f0 25112576 2678784 6012928" $mnt/sv/g1
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -f -c "truncate 25978064" $mnt/f1
xfs_io -c "dedupe $mnt/sv/g0 11866112 0 32k" $mnt/sv/g0
xfs_io -c "fpunch 12209353 16k" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 13533184 12m" -c "fsync" $mnt/sv/g0
xfs_io -c "falloc 3685824 1m" $mnt/f0
xfs_io -c "dedupe $mnt/f0 26124288 752k 16k" $mnt/f0
xfs_io -c "truncate 21075823" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 6230016 228k" -c "fsync" $mnt/sv/g1
