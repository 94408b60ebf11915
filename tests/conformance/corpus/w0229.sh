# extsim conformance workload, gen.py seed 229 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 33157120 129" $mnt/f0
xfs_io -c "pwrite -S 0x61 1169111 224k" $mnt/f0
xfs_io -c "pwrite -S 0x62 5042176 4k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 -b 1m 25722880 9m" -c "fdatasync" $mnt/f0
xfs_io -c "truncate 11632640" $mnt/f0
xfs_io -f -c "falloc -k 531126 40k" $mnt/f1
xfs_io -c "falloc 3457024 9m" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 29528064 24k" -c "fsync" $mnt/f2
xfs_io -c "pwrite -S 0x62 -b 1m 9895936 3m" $mnt/f1
umount $mnt
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 12603392 26025984 60k" $mnt/f3
xfs_io -c "pwrite 7700480 12k" $mnt/f1
xfs_io -c "fsync" $mnt/f1
xfs_io -c "reflink $mnt/f3 21745664 22384640 0" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "dedupe $mnt/s1/f1 5296128 0 8k" $mnt/s1/f3
xfs_io -c "reflink $mnt/s1/f1 1323008 25001984 11726848" $mnt/f0
xfs_io -c "dedupe $mnt/f2 27357184 0 32k" $mnt/s1/f1
xfs_io -c "falloc 9682944 64k" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x63 -b 1m 21254144 8m" $mnt/f0
chattr +C $mnt/f2
xfs_io -c "dedupe $mnt/f3 2150400 20k 4k" $mnt/f0
xfs_io -f -c "reflink $mnt/f2 6504448 29175808 9441280" $mnt/f4
xfs_io -c "reflink $mnt/s1/f0 7266304 24481792 3252224" $mnt/s1/f0
sync
xfs_io -c "pwrite -S 0xcd -b 1m 20684800 13m" $mnt/s1/f2
xfs_io -c "fdatasync" $mnt/f1
xfs_io -c "dedupe $mnt/s1/f0 14639104 0 32k" $mnt/s1/f2
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/s1/f3 23683072 23691264 20k" $mnt/s1/f3
xfs_io -c "falloc 5517312 11m" $mnt/f4
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -f -c "pwrite -b 1m 20525056 3m" $mnt/s1/g0
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd -b 1m 15556608 8m" -c "fsync" $mnt/f3
xfs_io -c "pwrite -S 0xcd -b 1m 26992640 10m" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x62 2846720 68k" $mnt/f2
xfs_io -c "dedupe $mnt/s2/f3 26980352 9424896 24k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x61 -b 1m 3231744 10m" $mnt/f1
xfs_io -c "dedupe $mnt/s2/f4 18563072 20885504 24k" $mnt/s1/g0
xfs_io -c "falloc 22396928 7m" $mnt/f3
xfs_io -c "pwrite -S 0x63 -b 1m 8761344 6m" $mnt/s1/f1
xfs_io -c "pwrite -S 0x61 4744380 56k" $mnt/s1/f0
xfs_io -c "fpunch 27762688 10904" $mnt/f0
xfs_io -c "dedupe $mnt/s2/f0 8683520 56k 20k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd -b 1m 4907008 3m" $mnt/f2
xfs_io -c "pwrite -S 0x62 -b 1m 24379392 14m" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 10747904 64k" $mnt/s1/f3
xfs_io -f -c "pwrite -S 0x62 32448512 156k" $mnt/s1/g1
xfs_io -c "falloc 1163941 28k" $mnt/s1/f1
xfs_io -c "reflink $mnt/f1 7593984 25047040 3026944" $mnt/f3
xfs_io -c "dedupe $mnt/s1/f3 14147584 4k 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 3882546 8k" $mnt/f1
xfs_io -c "pwrite -S 0x62 -b 1m 11071488 12m" $mnt/s1/g1
xfs_io -f -c "pwrite -S 0x61 22061056 108k" $mnt/s1/f0
