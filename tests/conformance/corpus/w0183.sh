# extsim conformance workload, gen.py seed 183 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 -b 1m 2211840 8m" $mnt/f0
chattr +C $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0x61 5083136 40k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 -b 1m 21553152 3m" $mnt/f0
xfs_io -c "pwrite -b 1m 10612736 10m" $mnt/f0
xfs_io -c "truncate 4690427" $mnt/f0
xfs_io -c "fpunch 2809856 20k" $mnt/f0
xfs_io -f -c "pwrite 3025209 20k" $mnt/f0
xfs_io -c "truncate 23994368" $mnt/f0
xfs_io -f -c "reflink $mnt/f1 27213824 27209728 32k" $mnt/f1
xfs_io -c "falloc 5554176 88k" $mnt/f0
xfs_io -c "pwrite -S 0x63 5033984 64k" -c "fsync" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "fpunch 22327296 12028" $mnt/f0
chattr +C $mnt/f1
xfs_io -c "fpunch 2347008 152k" $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x63 -b 1m 8265728 7m" $mnt/f0
xfs_io -c "dedupe $mnt/f1 0 0 12k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 16527360 20k 16k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 10764288 10895360 13062144" $mnt/f0
sync
xfs_io -c "pwrite -S 0x63 5316966 24k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 18014208 40k 12k" $mnt/f0
sync
xfs_io -c "pwrite -S 0x62 11749088 48k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 15224832 48k" $mnt/f0
xfs_io -c "pwrite -S 0xcd -b 1m 30253056 10m" $mnt/f1
xfs_io -c "dedupe $mnt/f0 22200320 11612160 24k" $mnt/f0
