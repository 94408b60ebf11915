# extsim conformance workload, gen.py seed 59 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount -o nodatacow $dev $mnt
btrfs subvolume snapshot -r $mnt $mnt/s1
sync
xfs_io -f -c "reflink $mnt/f0 0 19972096 4k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fpunch 21204992 12261" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 5963776 4m" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 15179776 13m" $mnt/s2/f0
xfs_io -r -c "fiemap -v" $mnt/f0
sync
xfs_io -c "fzero 28491776 20k" $mnt/s2/f0
xfs_io -c "reflink $mnt/s2/f0 20013056 8814592 8802304" $mnt/f0
xfs_io -c "fpunch 6025216 4k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 9465856 6017024 8k" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 22319104 4m" -c "fdatasync" $mnt/s2/f0
xfs_io -f -c "pwrite -S 0x63 15268281 1754" $mnt/f1
xfs_io -c "fpunch 5791654 44k" $mnt/f0
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -c "pwrite -S 0x62 -b 1m 15306752 3m" $mnt/f1
xfs_io -c "dedupe $mnt/f1 16039936 3293184 4k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 7847936 16424960 20k" $mnt/s2/f0
xfs_io -c "pwrite -S 0x63 6254592 64k" $mnt/f1
rm $mnt/f1
xfs_io -c "dedupe $mnt/s2/f0 8790016 0 20025344" $mnt/f0
xfs_io -c "pwrite -S 0xcd -b 1m 23195648 8m" $mnt/f2
xfs_io -c "dedupe $mnt/s2/f0 15835136 26714112 16k" $mnt/f2
xfs_io -c "pwrite -S 0x61 8291362 40k" $mnt/f2
xfs_io -r -c "fiemap -v" $mnt/s2/f0
xfs_io -c "fpunch 25198592 196k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 -b 1m 5681152 15m" $mnt/f0
xfs_io -c "reflink $mnt/f0 15884288 28557312 620k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 8216576 36k" -c "fsync" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 -b 1m 20836352 5m" $mnt/f1
xfs_io -c "pwrite -S 0x63 380k 20k" $mnt/s2/f0
xfs_io -c "truncate 6246400" $mnt/f0
rm -f $mnt/s2/f0
xfs_io -f -c "truncate 11137024" $mnt/f3
xfs_io -f -c "pwrite -S 0x63 -b 1m 29499392 8m" $mnt/f1
xfs_io -f -c "falloc 7646420 240k" $mnt/s2/g0
