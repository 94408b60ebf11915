# extsim conformance workload, gen.py seed 97
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd 556k 7175" $mnt/f0
xfs_io -f -c "falloc -k 840k 16k" $mnt/f1
xfs_io -c "falloc -k 220k 36k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 379220 28k" -c "fsync" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 316k 64k" $mnt/f0
xfs_io -c "reflink $mnt/f0 8k 240k 52k" $mnt/f0
xfs_io -c "truncate 374213" $mnt/f0
xfs_io -c "falloc 92k 8876" $mnt/f0
xfs_io -c "reflink $mnt/f2 104k 172k 313684" $mnt/f2
xfs_io -c "reflink $mnt/f2" $mnt/f1
xfs_io -c "reflink $mnt/f0 272k 96k 0" $mnt/f2
rm $mnt/f0
xfs_io -c "pwrite -S 0x62 924271 20k" -c "fsync" $mnt/f1
xfs_io -c "fzero 16k 4214" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 964k 4468" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "reflink $mnt/f1 928k 60k 20k" $mnt/f2
xfs_io -c "pwrite -S 0xcd 408k 52k" $mnt/f1
xfs_io -f -c "reflink $mnt/f1 964k 936k 4k" $mnt/f0
xfs_io -c "reflink $mnt/f0 456k 716k 116k" $mnt/f0
xfs_io -c "pwrite -b 1m 399741 2m" $mnt/f2
xfs_io -c "fpunch 1008k 4m" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "falloc 1020k 188k" $mnt/f2
xfs_io -c "dedupe $mnt/s1/f2 12k 40k 16k" $mnt/f0
xfs_io -c "falloc -k 204k 12k" $mnt/s1/f1
xfs_io -c "dedupe $mnt/f2 968k 720k 10469" $mnt/f2
xfs_io -c "reflink $mnt/s1/f1 224k 112k 496k" $mnt/s1/f1
xfs_io -c "truncate 320k" $mnt/f1
xfs_io -c "fpunch 217900 7360" $mnt/s1/f1
xfs_io -c "pwrite -S 0x62 384786 44k" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x61 70122 104k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 800k 0 8k" $mnt/f1
xfs_io -c "falloc 24694 5353" $mnt/s1/f2
xfs_io -c "pwrite -S 0x62 636k 152k" -c "fsync" $mnt/f1
xfs_io -c "fpunch 1706687 2358" $mnt/f2
