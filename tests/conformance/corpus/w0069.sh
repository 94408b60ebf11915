# extsim conformance workload, gen.py seed 69 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd 21553152 104k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 13934592 3m" $mnt/f0
xfs_io -c "fpunch 7328765 136k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 17682432 8k" -c "fsync" $mnt/f1
xfs_io -c "falloc -k 15767688 52k" $mnt/f1
xfs_io -c "pwrite -S 0x61 2166784 52k" -c "fdatasync" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 13119488 224k" $mnt/f1
xfs_io -c "pwrite -S 0x61 6615040 44k" -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f1 4591616 0 8k" $mnt/f1
xfs_io -f -c "reflink $mnt/f2 17031168 17014784 12k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 4960256 3089" $mnt/f3
md5sum $mnt/f1
xfs_io -c "fpunch 18354176 16k" $mnt/f0
xfs_io -c "dedupe $mnt/f3 2220032 60k 20k" $mnt/f0
xfs_io -c "truncate 10895360" $mnt/f3
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "fpunch 13004800 886" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 -b 1m 16490496 11m" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 24973312 1m" $mnt/f4
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 21352448 14m" -c "fdatasync" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd -b 1m 24338432 2m" $mnt/f5
xfs_io -c "reflink $mnt/f4 14266368 3354624 8k" $mnt/f4
xfs_io -c "fsync" $mnt/f3
xfs_io -c "fpunch 3661824 36k" $mnt/f5
xfs_io -c "falloc -k 6889472 36k" $mnt/f5
xfs_io -f -c "pwrite -S 0x62 7574564 1825" $mnt/f3
xfs_io -c "reflink $mnt/f0 6107136 320k 4743168" $mnt/f3
xfs_io -c "dedupe $mnt/f3 3227648 44k 8k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "truncate 5558272" $mnt/s1/f5
xfs_io -c "fpunch 17218246 40k" $mnt/s1/f2
xfs_io -c "fsync" $mnt/f2
xfs_io -c "falloc -k 15695872 52k" $mnt/s1/f1
chattr +C $mnt/s1/f0
xfs_io -c "fpunch 29278208 6951" $mnt/f5
xfs_io -c "dedupe $mnt/f0 10027008 44k 32k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "falloc 3216099 11m" $mnt/s1/f3
xfs_io -r -c "fiemap -v" $mnt/f4
xfs_io -c "pwrite -S 0x62 -b 1m 13742080 5m" $mnt/s1/f5
xfs_io -c "fpunch 4141056 32k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 12427264 60k" $mnt/s1/g0
xfs_io -c "pwrite -b 1m 21016576 1m" $mnt/s1/f5
xfs_io -f -c "reflink $mnt/f6 27185152 27189248 4k" $mnt/f6
xfs_io -c "pwrite -S 0xcd 9900677 52k" $mnt/f3
xfs_io -c "dedupe $mnt/f3 8994816 0 16k" $mnt/f3
xfs_io -c "fpunch 32673975 116k" $mnt/s1/f2
sync
xfs_io -c "fpunch 10743808 64k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/f1 7208960 7221248 28k" $mnt/f1
xfs_io -c "pwrite -S 0x62 -b 1m 22028288 13m" $mnt/s1/f4
xfs_io -c "dedupe $mnt/s1/f0 9490432 44k 12k" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 17330176 9m" -c "fsync" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 32260096 36k" $mnt/f4
xfs_io -c "pwrite -S 0x61 -b 1m 12255232 13m" $mnt/s1/f5
xfs_io -c "falloc 28110848 8k" $mnt/f6
xfs_io -c "fpunch 13934592 24k" $mnt/s1/f0
xfs_io -c "fdatasync" $mnt/s1/f0
xfs_io -c "falloc -k 8359936 10m" $mnt/f5
xfs_io -c "pwrite -S 0x62 -b 1m 22712320 15m" $mnt/s1/f5
xfs_io -c "truncate 4026368" $mnt/s1/f3
xfs_io -c "reflink $mnt/s1/f4 29769728 16166912 2158592" $mnt/f4
