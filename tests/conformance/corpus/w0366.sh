# extsim conformance workload, gen.py seed 366
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 202546 12k" $mnt/f0
xfs_io -c "pwrite -S 0x61 21496 192k" $mnt/f0
xfs_io -c "fpunch 176k 48k" $mnt/f0
xfs_io -c "falloc -k 472k 56k" $mnt/f0
xfs_io -c "pwrite -S 0x63 32k 152k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 160k 184k 12k" $mnt/f0
xfs_io -c "reflink $mnt/f0 152k 112k 66552" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 572k 208k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 32k 92k 32k" $mnt/f0
xfs_io -c "falloc 760k 32k" $mnt/f1
xfs_io -c "fdatasync" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "reflink $mnt/f0 200k 344k 8k" $mnt/f1
xfs_io -c "falloc -k 781431 48k" $mnt/f1
xfs_io -c "truncate 190359" $mnt/f0
xfs_io -f -c "reflink $mnt/f1 572k 156k 24k" $mnt/f2
xfs_io -c "pwrite -S 0x62 448k 68k" -c "fsync" $mnt/f2
xfs_io -c "falloc 240k 20k" $mnt/f1
xfs_io -c "reflink $mnt/f2 440k 172k 36k" $mnt/f0
xfs_io -c "truncate 280971" $mnt/f2
xfs_io -c "falloc 232k 28k" $mnt/f2
xfs_io -c "falloc 622802 36k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 40k 48k" $mnt/f2
xfs_io -c "reflink $mnt/f1 640k 1008k 144k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 140k 0 24k" $mnt/f1
xfs_io -c "falloc -k 184k 52k" $mnt/f2
xfs_io -c "fpunch 62124 20k" $mnt/f2
xfs_io -f -c "truncate 808k" $mnt/f3
xfs_io -c "pwrite 88k 5975" $mnt/f3
xfs_io -f -c "pwrite -S 0x63 32k 56k" $mnt/f0
