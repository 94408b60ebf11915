# extsim conformance workload, gen.py seed 155
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 4612096 4k" $mnt/f0
sync
xfs_io -c "pwrite -S 0x61 2993721 12k" $mnt/f0
xfs_io -c "fpunch 3496285 16k" $mnt/f0
xfs_io -c "pwrite -S 0x61 2183168 60k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x62 1387935 60k" $mnt/f0
chattr +C $mnt/f0
sync
xfs_io -c "dedupe $mnt/f0 88k 16k 28k" $mnt/f0
xfs_io -c "fpunch 1503232 4k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1875968 2260992 8k" $mnt/f0
xfs_io -c "fpunch 7733248 7191" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "reflink $mnt/s1/f0 140k 5m 2870841" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 1806336 176k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/f0 848k 884k 24k" $mnt/f0
xfs_io -c "truncate 2613248" $mnt/s1/f0
xfs_io -f -c "falloc 7319552 2m" $mnt/s1/g0
xfs_io -c "pwrite 1532384 8k" $mnt/f0
rm -f $mnt/f0
xfs_io -f -c "falloc -k 160k 239" $mnt/f0
xfs_io -c "dedupe $mnt/s1/g0 8597504 8605696 28k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 5103616 24k" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/g0 5808128 3796992 3616768" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/f0 576k 5046272 4k" $mnt/s1/f0
xfs_io -c "fsync" $mnt/s1/f0
xfs_io -c "falloc 2697480 32k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/f0 3362816 36k 28k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 296k 44k" $mnt/f0
xfs_io -c "falloc -k 6844416 32k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 2m 12132" $mnt/f0
xfs_io -c "fpunch 7145627 40k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x62 1764976 32k" $mnt/f1
xfs_io -f -c "reflink $mnt/s1/f0 4952064 8278016 144k" $mnt/s1/g1
xfs_io -c "reflink $mnt/s1/f0 3997696 3645440 976k" $mnt/s1/g1
xfs_io -c "fpunch 9003008 60k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x62 3403624 60k" $mnt/f1
xfs_io -c "reflink $mnt/s1/g0 3530752 5025792 5898240" $mnt/s1/g1
xfs_io -f -c "pwrite -S 0x63 4026368 24k" $mnt/s1/g1
xfs_io -c "reflink $mnt/f0 1753088 1351680 180k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 4780032 2164" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 252k 52k" $mnt/s1/g1
xfs_io -c "truncate 7745536" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g1 6041600 2027520 160k" $mnt/s1/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -f -c "falloc 7962624 108k" $mnt/s1/g2
xfs_io -c "reflink $mnt/f1 4276224 4976640 16k" $mnt/f1
xfs_io -c "dedupe $mnt/s1/g0 3551232 0 4198400" $mnt/f0
xfs_io -c "fpunch 6766592 40k" $mnt/f1
xfs_io -c "pwrite -b 1m 7450624 1m" $mnt/s1/g1
xfs_io -f -c "falloc 7m 40k" $mnt/s1/g3
xfs_io -c "reflink $mnt/s2/f1 720k 7983104 2072576" $mnt/s1/g3
xfs_io -c "reflink $mnt/s2/f1 1773568 980k 24k" $mnt/s2/f1
xfs_io -c "dedupe $mnt/f1 2146304 392k 16k" $mnt/f0
xfs_io -c "pwrite -S 0x63 1159168 4m" $mnt/s1/g2
xfs_io -c "falloc 2404352 48k" $mnt/s2/f1
xfs_io -c "dedupe $mnt/f0 2027520 648k 52k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 4861952 8297" $mnt/s1/g4
chattr +C $mnt/s1/g3
xfs_io -c "falloc 1363968 40k" $mnt/s2/f0
xfs_io -c "pwrite -S 0xcd 664k 8k" $mnt/f1
xfs_io -c "pwrite -S 0xcd 1080583 7304" $mnt/f0
xfs_io -c "dedupe $mnt/f0 964k 4186112 28k" $mnt/s1/g3
xfs_io -c "falloc 1675264 8k" $mnt/f0
