# extsim conformance workload, gen.py seed 435
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
touch $mnt/f0
chattr +C $mnt/f0
xfs_io -c "dedupe $mnt/f0 4k 0 4k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "fpunch 8041 224k" $mnt/f0
xfs_io -c "pwrite -S 0x63 804k 8571" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x62 88k 48k" $mnt/f0
xfs_io -c "reflink $mnt/f0 260k 160k 569723" $mnt/f0
xfs_io -c "reflink $mnt/f0 744k 768k 16k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 732k 4k 20k" $mnt/f0
xfs_io -c "pwrite -S 0x61 116k 208k" $mnt/f0
xfs_io -c "fzero -k 494069 216k" $mnt/f0
sync
xfs_io -c "dedupe $mnt/f0 292k 668k 12k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 656k 360k 116k" $mnt/f1
xfs_io -c "falloc 776k 1445" $mnt/f0
xfs_io -c "pwrite -S 0x61 600k 60k" $mnt/f0
xfs_io -c "fpunch 204k 52k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 256k 5081" -c "fsync" $mnt/f1
xfs_io -c "dedupe $mnt/f0 36k 56k 4k" $mnt/f0
xfs_io -c "falloc 328k 48k" $mnt/f1
xfs_io -c "reflink $mnt/f0 0 476k 732k" $mnt/f0
xfs_io -f -c "pwrite 4k 1669" $mnt/f0
xfs_io -c "pwrite -S 0x61 716k 52k" $mnt/f0
xfs_io -c "falloc 188k 84k" $mnt/f1
xfs_io -c "fsync" $mnt/f1
xfs_io -c "falloc 232k 48k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "dedupe $mnt/f1 292k 20k 20k" $mnt/f0
xfs_io -c "pwrite 84k 136k" -c "fsync" $mnt/f0
md5sum $mnt/f0
xfs_io -c "pwrite -S 0xcd 268k 180k" -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite 780k 104k" $mnt/f2
xfs_io -f -c "falloc 184k 60k" $mnt/f3
xfs_io -c "falloc -k 356k 80k" $mnt/f3
xfs_io -c "fzero -k 764k 48k" $mnt/f0
