# extsim conformance workload, gen.py seed 132 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc 1673011 60k" $mnt/f0
xfs_io -c "pwrite -S 0xcd -b 1m 1016k 12m" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "dedupe $mnt/f0 6021120 1134592 24k" $mnt/f0
xfs_io -c "falloc 15605760 28k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 6397952 1277952 4k" $mnt/f0
xfs_io -c "pwrite -S 0x62 2351104 20k" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x62 25804140 16k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fzero -k 16551936 60k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 -b 1m 10170368 10m" $mnt/f1
chattr +C $mnt/f0
xfs_io -c "reflink $mnt/f0 1826816 4489216 3219456" $mnt/f1
xfs_io -c "reflink $mnt/f0 12292096 20275200 1753088" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 30654464 56k" -c "fsync" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -r -c "fiemap -v" $mnt/f1
sync
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 16277504 9m" $mnt/f0
sync
xfs_io -c "fzero 20185088 48k" $mnt/s1/f0
btrfs subvolume snapshot $mnt $mnt/s2
md5sum $mnt/s2/f0
xfs_io -f -c "pwrite -S 0xcd 31095890 32k" -c "fsync" $mnt/f2
xfs_io -c "pwrite -S 0xcd -b 1m 12296192 8m" $mnt/s1/f1
xfs_io -c "pwrite -S 0x61 16719872 248k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 -b 1m 8536064 13m" -c "fsync" $mnt/s2/f1
xfs_io -c "truncate 17199104" $mnt/s2/f0
xfs_io -c "reflink $mnt/s1/f1 6246400 26349568 8876032" $mnt/s1/f0
md5sum $mnt/f0
xfs_io -c "pwrite -S 0xcd 1945391 1074" $mnt/f0
sync
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "pwrite -S 0x62 10891264 44k" $mnt/s2/f0
xfs_io -c "pwrite -S 0x61 6948189 176k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 31232000 244k" $mnt/s3/f1
xfs_io -c "falloc 13869056 232k" $mnt/f2
xfs_io -c "reflink $mnt/s3/f0 8851456 18145280 14561280" $mnt/f0
rm $mnt/s3/f2
xfs_io -c "pwrite -S 0x63 10653696 12k" $mnt/s1/f1
sync
xfs_io -c "fsync" $mnt/s2/f1
xfs_io -f -c "falloc 31449088 12m" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/f0 6385664 6434816 18165760" $mnt/s1/f1
xfs_io -c "dedupe $mnt/s2/f0 9793536 1056768 20k" $mnt/f0
xfs_io -c "dedupe $mnt/s3/f1 9261056 0 8k" $mnt/s3/f1
xfs_io -c "reflink $mnt/f0 24104960 21917696 8613888" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 -b 1m 20111360 3m" $mnt/f3
xfs_io -c "pwrite -S 0x62 -b 1m 6619136 6m" $mnt/s3/f1
