# extsim conformance workload, gen.py seed 47 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x63 28086272 1m" $mnt/sv/g0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "falloc -k 8119805 48k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 26460160 4k 16k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 27275264 32k" $mnt/sv/g0
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 27148288 32k 20k" $mnt/sv/g0
xfs_io -c "fpunch 18878464 32k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 16285696 32k 16k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 5713920 18350080 12k" $mnt/sv/g0
sync
xfs_io -c "pwrite -S 0xcd 25474110 220k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 -b 1m 12345344 7m" -c "fdatasync" $mnt/sv/g0
xfs_io -c "pwrite 12386475 12111" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 5050368 22704128 24088576" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 -b 1m 8019968 5m" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd 27746304 212k" -c "fsync" $mnt/sv/g0
sync
xfs_io -f -c "pwrite -S 0x63 23646208 4017" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 1593344 40k" $mnt/sv/g0
xfs_io -c "fzero 17473536 48k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 3444736 64k 16k" $mnt/sv/g0
xfs_io -c "falloc 3125248 14m" $mnt/sv/g0
xfs_io -c "fpunch 29029958 36k" $mnt/sv/g0
xfs_io -c "falloc 20099072 148k" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 28852224 2030" $mnt/sv/g0
xfs_io -c "falloc -k 12726272 15m" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 20566016 0 8572928" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 5902336 20k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 3424256 18468864 2887680" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 6287360 56k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 -b 1m 2117632 3m" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x61 20570112 9211" $mnt/sv/g0
touch $mnt/s1/g1
chattr +C $mnt/s1/g1
xfs_io -c "falloc -k 1314816 24k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x61 5183853 48k" $mnt/s1/g1
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "fsync" $mnt/s1/g1
xfs_io -c "dedupe $mnt/s1/g1 2674688 52k 24k" $mnt/s1/g1
xfs_io -c "reflink $mnt/sv/g0 17428480 3465216 7139328" $mnt/sv/g1
xfs_io -c "pwrite -S 0x61 -b 1m 6782976 4m" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 3932160 188k" $mnt/s1/g1
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 -b 1m 20041728 1m" $mnt/sv/g0
