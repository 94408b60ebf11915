# extsim conformance workload, gen.py seed 543
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd 172k 60k" $mnt/f0
sync
xfs_io -c "pwrite -S 0xcd 196k 20k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "reflink $mnt/f0 60k 128k 168k" $mnt/f0
xfs_io -c "pwrite 80k 124k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 140919 20k" $mnt/s1/f0
btrfs subvolume snapshot $mnt $mnt/s2
sync
xfs_io -f -c "pwrite -S 0xcd 168k 220k" $mnt/s2/f0
xfs_io -c "pwrite -S 0x63 44k 40k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/f0 92k 32k 16k" $mnt/f0
rm $mnt/s1/f0
xfs_io -c "reflink $mnt/s2/f0 268k 152k 80k" $mnt/f0
xfs_io -c "truncate 149764" $mnt/f0
xfs_io -c "reflink $mnt/s2/f0 152k 12k 216k" $mnt/f0
xfs_io -c "reflink $mnt/f0 32k 60k 148k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 124k 508k 6853" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 80k 168k" $mnt/s2/f0
sync
xfs_io -c "reflink $mnt/s1/g0 0 248k 8k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 12k 20k" $mnt/f0
xfs_io -c "pwrite -S 0x61 108k 96k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 8k 48k 148k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 409196 52k" $mnt/s1/g1
xfs_io -c "pwrite 103213 891" $mnt/s1/g1
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "fpunch 880476 10247" $mnt/s2/f0
xfs_io -c "dedupe $mnt/f0 164k 152k 28k" $mnt/f0
xfs_io -c "pwrite -S 0x63 988965 40k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x62 92k 152k" $mnt/f0
xfs_io -c "pwrite -S 0x61 200219 16k" $mnt/f0
xfs_io -c "reflink $mnt/s2/f0 152k 908k 208k" $mnt/f0
xfs_io -c "fdatasync" $mnt/s1/g1
xfs_io -c "fpunch 48k 12k" $mnt/s1/g0
md5sum $mnt/s2/f0
xfs_io -c "reflink $mnt/s1/g0 96k 108k 8k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 267101 12k" $mnt/s2/f0
xfs_io -c "reflink $mnt/s2/f0 256k 836k 4k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1077248 860k 8k" $mnt/f0
xfs_io -c "pwrite 72k 44k" $mnt/s1/g1
xfs_io -c "pwrite -S 0x63 116k 2991" $mnt/s1/g0
sync
xfs_io -c "falloc -k 44k 52k" $mnt/s1/g0
xfs_io -c "fsync" $mnt/s1/g1
xfs_io -c "reflink $mnt/s2/f0 376k 108k 12k" $mnt/s1/g0
btrfs subvolume snapshot $mnt $mnt/s3
md5sum $mnt/s1/g1
touch $mnt/s2/g0
chattr +C $mnt/s2/g0
xfs_io -c "reflink $mnt/s2/g0 0 240k 4k" $mnt/s3/f0
xfs_io -c "fpunch 888k 36k" $mnt/s3/f0
xfs_io -c "fpunch 44k 36k" $mnt/s1/g0
xfs_io -c "fzero 32k 4m" $mnt/s3/f0
xfs_io -c "truncate 692510" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s2/g0 0 0 4k" $mnt/s2/g0
xfs_io -c "pwrite 271386 5813" $mnt/s2/f0
xfs_io -c "pwrite -S 0x63 596k 11139" $mnt/f0
rm $mnt/s1/g0
xfs_io -c "falloc 3772416 160k" $mnt/s3/f0
xfs_io -c "fsync" $mnt/s1/g1
xfs_io -f -c "pwrite -S 0x63 40k 8k" $mnt/s3/g0
xfs_io -f -c "pwrite 4202496 8k" $mnt/s3/f0
xfs_io -c "pwrite -S 0x63 327994 56k" $mnt/s2/f0
xfs_io -c "reflink $mnt/s2/g0 4k 76k 4k" $mnt/f0
xfs_io -f -c "falloc -k 296k 24k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 816k 212k" $mnt/s2/g0
