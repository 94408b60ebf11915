# extsim conformance workload, gen.py seed 369
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "reflink $mnt/f0 0 2551808 4k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 0 0 4k" $mnt/f0
xfs_io -c "fpunch 6025216 156k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 4k 6180864 8k" $mnt/f1
xfs_io -c "pwrite -S 0x63 164k 9601" $mnt/f1
xfs_io -c "falloc 6881280 20k" $mnt/f1
xfs_io -c "reflink $mnt/f0 0 8204288 4k" $mnt/f1
btrfs subvolume snapshot -r $mnt $mnt/s1
touch $mnt/sv/g0
chattr +C $mnt/sv/g0
sync
xfs_io -c "fpunch 5416280 104k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f1
xfs_io -c "fpunch 3108864 2m" $mnt/f1
xfs_io -c "fdatasync" $mnt/f0
sync
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f1 4595712 64k 28k" $mnt/f1
xfs_io -c "reflink $mnt/s1/f1 1581056 2355200 900k" $mnt/f0
sync
xfs_io -c "dedupe $mnt/f1 2748416 0 4157440" $mnt/f1
xfs_io -c "pwrite -S 0x61 4853760 60k" $mnt/f1
xfs_io -c "falloc 5614920 228k" $mnt/f1
xfs_io -c "falloc -k 5578752 44k" $mnt/f0
xfs_io -c "pwrite -S 0x63 2211840 1939" $mnt/f0
xfs_io -c "pwrite -S 0xcd 7147520 200k" $mnt/sv/g0
btrfs subvolume snapshot -r $mnt/sv $mnt/s2
xfs_io -c "pwrite -S 0x63 6348800 16k" $mnt/f0
xfs_io -c "fzero -k 4087925 64k" $mnt/f1
xfs_io -c "pwrite 6864896 28k" $mnt/f1
xfs_io -c "reflink $mnt/f0 1286144 6918144 1323008" $mnt/sv/g0
xfs_io -c "falloc -k 1687968 9330" $mnt/f0
xfs_io -c "pwrite -S 0x63 4596724 204k" $mnt/sv/g0
btrfs subvolume snapshot -r $mnt/sv $mnt/s3
sync
xfs_io -c "dedupe $mnt/f0 1159168 2465792 32k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 234431 3018" $mnt/f0
xfs_io -c "fsync" $mnt/sv/g0
rm $mnt/s1/f0
xfs_io -c "pwrite -S 0xcd 3088384 152k" $mnt/f0
xfs_io -f -c "reflink $mnt/f1 5414912 2338816 492k" $mnt/f2
xfs_io -c "pwrite 3883043 9512" $mnt/f1
xfs_io -c "dedupe $mnt/sv/g0 8183808 36k 8k" $mnt/f0
xfs_io -c "pwrite -S 0x61 1880064 252k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/s3/g0
xfs_io -c "pwrite -S 0xcd 3244032 12k" -c "fsync" $mnt/f0
xfs_io -c "fsync" $mnt/f0
md5sum $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 1642496 1322" $mnt/sv/g0
xfs_io -c "truncate 2927324" $mnt/f1
xfs_io -c "falloc -k 4358144 9590" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 452k 32k" $mnt/f0
xfs_io -c "fsync" $mnt/f2
xfs_io -c "pwrite -S 0xcd 1957888 12k" $mnt/f2
md5sum $mnt/s3/g0
xfs_io -c "pwrite -S 0xcd 1368064 56k" $mnt/f0
xfs_io -c "pwrite -S 0x61 8036352 124k" -c "fsync" $mnt/sv/g0
xfs_io -c "dedupe $mnt/s1/f0 0 2334720 8k" $mnt/f2
xfs_io -c "dedupe $mnt/f0 3317760 988k 24k" $mnt/f0
xfs_io -c "falloc -k 6836224 112k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 2449408 1871872 1875968" $mnt/f2
xfs_io -c "falloc -k 2760704 24k" $mnt/f0
sync
xfs_io -c "fpunch 6279168 52k" $mnt/sv/g0
xfs_io -c "reflink $mnt/s1/f1 4553535 6283264 12k" $mnt/sv/g0
xfs_io -c "fdatasync" $mnt/f2
xfs_io -c "falloc -k 1376256 16k" $mnt/f2
sync
xfs_io -f -c "pwrite -S 0x62 2m 252k" $mnt/f3
xfs_io -c "pwrite -S 0x63 5838658 40k" $mnt/f0
xfs_io -c "pwrite -S 0x63 6430720 44k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 4333568 32k 8k" $mnt/f0
xfs_io -c "fpunch 5070848 64k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 248k 44k 20k" $mnt/f0
