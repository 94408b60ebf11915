# extsim conformance workload, gen.py seed 403
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x63 748k 16k" $mnt/s1/g0
xfs_io -c "pwrite 624k 256k" $mnt/s1/g0
xfs_io -c "truncate 164184" $mnt/s1/g0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "pwrite -S 0x63 148k 1m" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g0 1179648 1167360 8k" $mnt/s1/g0
xfs_io -f -c "pwrite 584k 64k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g0 664k 164k 24k" $mnt/s1/g0
xfs_io -f -c "reflink $mnt/s1/g0 312k 420k 0" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s3
xfs_io -c "dedupe $mnt/s3/f0 720k 0 564k" $mnt/f0
xfs_io -c "fpunch 964k 32k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/g0 1m 0 152k" $mnt/s1/g0
xfs_io -c "pwrite -S 0xcd 89082 236k" -c "fsync" $mnt/f0
sync
xfs_io -c "fzero -k 780404 144k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 800k 52k" $mnt/s1/g1
xfs_io -c "reflink $mnt/s3/f0 1052672 4k 176k" $mnt/s1/g1
xfs_io -c "pwrite 476k 32k" -c "fsync" $mnt/s1/g1
xfs_io -c "dedupe $mnt/f0 12k 4k 8k" $mnt/f0
xfs_io -c "pwrite -S 0x63 716k 20k" $mnt/s1/g1
xfs_io -c "fsync" $mnt/s1/g1
xfs_io -c "fpunch 304k 8k" $mnt/f0
xfs_io -c "reflink $mnt/s1/g1 640k 552k 0" $mnt/f0
xfs_io -c "truncate 920k" $mnt/s1/g1
xfs_io -c "reflink $mnt/s1/g0 352k 912k 832k" $mnt/s1/g1
xfs_io -c "pwrite -S 0x61 4k 64k" $mnt/s1/g1
xfs_io -c "pwrite -S 0xcd 800k 64k" $mnt/f0
md5sum $mnt/s3/f0
md5sum $mnt/s3/f0
xfs_io -f -c "pwrite -S 0xcd 52k 56k" -c "fdatasync" $mnt/f0
xfs_io -c "falloc 538447 136k" $mnt/f0
xfs_io -c "pwrite -S 0x61 56k 12k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/g1 864k 213207 8318" $mnt/s1/g0
xfs_io -c "dedupe $mnt/f0 764k 468k 20k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g1 132k 428k 12k" $mnt/f0
xfs_io -c "reflink $mnt/s3/f0 556k 136k 528k" $mnt/s1/g1
xfs_io -c "fsync" $mnt/s1/g0
xfs_io -c "fpunch 1254848 84k" $mnt/f0
