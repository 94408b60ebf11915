# extsim conformance workload, gen.py seed 340
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "falloc 4272128 60k" $mnt/f0
xfs_io -c "pwrite -S 0x62 365872 4203" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 3267776 256k" -c "fsync" $mnt/f1
xfs_io -c "reflink $mnt/f0 16k 7057408 4321280" $mnt/f1
xfs_io -c "pwrite 6235845 80k" $mnt/f0
xfs_io -c "pwrite -S 0x61 3092480 32k" $mnt/f1
xfs_io -c "falloc -k 1519616 7484" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 104k 32k" -c "fdatasync" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "truncate 3042319" $mnt/f0
xfs_io -f -c "reflink $mnt/f1 3067904 1208320 16k" $mnt/sv/g0
xfs_io -f -c "pwrite 5899263 48k" $mnt/f2
xfs_io -f -c "reflink $mnt/f2 5623808 680k 20k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 2306048 8093" $mnt/f0
chattr +C $mnt/f0
sync
xfs_io -c "falloc -k 5731272 28k" $mnt/f2
chattr +C $mnt/sv/g1
xfs_io -c "truncate 900k" $mnt/f0
xfs_io -f -c "pwrite 20k 36k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/f0 620k 0 12k" $mnt/f1
xfs_io -c "fzero -k 1069056 40k" $mnt/f1
xfs_io -c "fzero 2269455 60k" $mnt/f1
xfs_io -c "reflink $mnt/f1 560k 1490944 1576960" $mnt/f2
sync
xfs_io -c "falloc -k 7487488 252k" $mnt/f2
xfs_io -c "falloc 7121245 148k" $mnt/sv/g0
xfs_io -c "falloc -k 3100672 24k" $mnt/sv/g0
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "reflink $mnt/sv/g1 616k 1228800 8k" $mnt/f2
xfs_io -c "reflink $mnt/f1 972k 2170880 728k" $mnt/f2
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "pwrite -S 0x61 80k 24k" $mnt/sv/g1
xfs_io -c "truncate 1892352" $mnt/f1
xfs_io -c "pwrite -S 0x61 1142784 60k" $mnt/f2
xfs_io -c "reflink $mnt/sv/g0 3649536 3645440 24k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 764k 7113" $mnt/f0
touch $mnt/sv/g3
chattr +C $mnt/sv/g3
xfs_io -c "truncate 656k" $mnt/f0
xfs_io -c "truncate 888k" $mnt/f1
xfs_io -c "fpunch 1384448 256k" $mnt/f1
xfs_io -c "fpunch 3137536 136k" $mnt/sv/g3
xfs_io -c "fpunch 3481600 1425" $mnt/sv/g1
xfs_io -c "fzero -k 388k 4208" $mnt/f0
xfs_io -c "reflink $mnt/s1/f2 684k 1355776 24k" $mnt/f2
xfs_io -c "reflink $mnt/sv/g3 504k 5394432 32k" $mnt/sv/g3
xfs_io -f -c "pwrite -S 0x62 5079040 60k" $mnt/sv/g0
xfs_io -c "falloc 4489216 32k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 1204224 92k" $mnt/f3
