# extsim conformance workload, gen.py seed 2 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
sync
xfs_io -f -c "falloc 10625024 48k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 6107136 7798784 20k" $mnt/f0
xfs_io -f -c "falloc 11907170 24k" $mnt/f1
xfs_io -c "pwrite -S 0x63 3047424 56k" $mnt/f1
xfs_io -c "reflink $mnt/f1 4190208 8646656 4112384" $mnt/f1
xfs_io -c "fpunch 30937088 60k" $mnt/f1
xfs_io -c "reflink $mnt/f0 10338304 5087232 140k" $mnt/f1
chattr +C $mnt/f1
xfs_io -c "falloc 1261568 4k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 -b 1m 3280896 8m" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 4050944 8k" $mnt/f3
xfs_io -c "pwrite -S 0x63 -b 1m 1699840 1m" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 4157440 1m" $mnt/f0
rm -f $mnt/f0
xfs_io -c "reflink $mnt/f3 3100672 10297344 48k" $mnt/f2
xfs_io -c "pwrite -b 1m 1875968 5m" $mnt/f3
xfs_io -c "fpunch 7041024 20k" $mnt/f2
xfs_io -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0x61 512k 60k" $mnt/f2
sync
sync
xfs_io -c "falloc 6858802 3m" $mnt/f2
xfs_io -c "falloc -k 8732672 15m" $mnt/f1
xfs_io -c "falloc -k 29106176 9689" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 32198656 16k" $mnt/f0
xfs_io -c "fpunch 11497472 3251" $mnt/f2
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "reflink $mnt/f3 4935680 40k 2191360" $mnt/f3
xfs_io -f -c "falloc -k 7766016 60k" $mnt/f4
xfs_io -f -c "pwrite -S 0x62 1031578 52k" $mnt/f3
