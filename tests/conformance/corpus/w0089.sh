# extsim conformance workload, gen.py seed 89
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 1400832 44k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1224704 208k" $mnt/f0
xfs_io -c "truncate 1408112" $mnt/f0
xfs_io -c "pwrite -S 0x62 192538 156k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 964k 40k 32k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1073152 1368064 20k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 336k 1056768 24k" $mnt/f0
xfs_io -c "falloc 272k 40k" $mnt/f0
xfs_io -c "pwrite -S 0x62 1818624 8k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 516k 44k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite 205425 4k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 800k 800k 32k" $mnt/f0
xfs_io -f -c "reflink $mnt/f1" $mnt/f2
xfs_io -f -c "falloc 1998848 28k" $mnt/f3
xfs_io -c "dedupe $mnt/f2 44k 64k 12k" $mnt/f0
xfs_io -c "truncate 1273785" $mnt/f3
xfs_io -f -c "pwrite 1764763 3388" $mnt/f4
xfs_io -c "falloc 200k 24k" $mnt/f4
xfs_io -f -c "pwrite -S 0x62 424k 244k" -c "fsync" $mnt/f3
xfs_io -c "dedupe $mnt/f4 752k 748k 12k" $mnt/f4
xfs_io -c "falloc 44k 148k" $mnt/f2
xfs_io -c "dedupe $mnt/f4 976k 508k 48k" $mnt/f0
xfs_io -c "pwrite -S 0x63 2064384 136k" $mnt/f3
xfs_io -f -c "pwrite -S 0x63 188k 204k" $mnt/f1
xfs_io -c "dedupe $mnt/f4 796k 264k 8k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 1694666 152k" $mnt/f5
xfs_io -c "pwrite -S 0x61 1335296 52k" $mnt/f2
xfs_io -c "falloc -k 940k 5802" $mnt/f0
md5sum $mnt/f0
xfs_io -c "dedupe $mnt/f1 1396736 883868 24k" $mnt/f5
