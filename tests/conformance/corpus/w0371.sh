# extsim conformance workload, gen.py seed 371
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "falloc 827239 52k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 772k 60k 12k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 -b 1m 76k 4m" $mnt/sv/g0
touch $mnt/sv/g1
chattr +C $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x62 3809280 3781" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 1220608 36k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 4050944 8065024 200k" $mnt/sv/g1
xfs_io -c "falloc -k 5323772 32k" $mnt/sv/g1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "falloc -k 4067328 120k" $mnt/sv/g0
xfs_io -c "truncate 4976640" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 3506176 52k" $mnt/sv/g1
xfs_io -r -c "fiemap -v" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g1 2199552 3035136 44k" $mnt/sv/g1
xfs_io -c "fdatasync" $mnt/sv/g1
xfs_io -c "truncate 3153920" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 48k 4980736 2359296" $mnt/sv/g1
xfs_io -c "pwrite -S 0x61 6004736 3475" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 4055138 244k" $mnt/sv/g1
chattr +C $mnt/sv/g0
xfs_io -c "fpunch 5959680 64k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x61 7188480 52k" $mnt/sv/g1
xfs_io -c "fpunch 5096922 132k" $mnt/sv/g0
xfs_io -c "truncate 1004373" $mnt/sv/g1
xfs_io -c "fzero 528k 196k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x62 1179648 88k" -c "fdatasync" $mnt/sv/g0
sync
xfs_io -c "dedupe $mnt/sv/g0 3121152 96k 16k" $mnt/sv/g0
xfs_io -c "falloc -k 25429 40k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 4919296 5467" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g1 656k 6840320 344917" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 1244965 20k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g1 780k 16k 20k" $mnt/sv/g0
xfs_io -c "fpunch 5246976 48k" $mnt/sv/g1
xfs_io -c "pwrite 737166 8k" $mnt/sv/g0
xfs_io -f -c "falloc -k 2151672 44k" $mnt/sv/g2
sync
sync
xfs_io -c "dedupe $mnt/sv/g0 1347584 992k 8k" $mnt/sv/g0
md5sum $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g2 0 5918720 4k" $mnt/sv/g0
sync
xfs_io -c "reflink $mnt/sv/g0" $mnt/sv/g1
xfs_io -c "pwrite -b 1m 5259264 1m" $mnt/sv/g0
