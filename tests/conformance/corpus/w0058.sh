# extsim conformance workload, gen.py seed 58 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount -o nodatacow $dev $mnt
xfs_io -f -c "pwrite -S 0x63 17465344 172k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 12636160 10936" $mnt/f0
xfs_io -c "falloc 15041050 32k" $mnt/f0
xfs_io -c "pwrite 16805888 44k" $mnt/f0
xfs_io -c "pwrite 2945024 60k" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 2314240 16m" $mnt/f0
xfs_io -c "falloc -k 4771840 5m" $mnt/f0
xfs_io -c "pwrite -S 0x62 3469312 192k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 4837376 2318336 4k" $mnt/f0
xfs_io -c "fpunch 16767963 8k" $mnt/f0
xfs_io -c "reflink $mnt/f0 14024704 6819840 680k" $mnt/f0
xfs_io -c "pwrite -S 0x62 25415680 11448" -c "fdatasync" $mnt/f0
xfs_io -c "falloc 3383773 16k" $mnt/f0
xfs_io -f -c "truncate 3144254" $mnt/f1
xfs_io -c "dedupe $mnt/f0 12255232 2359296 20k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 8581120 20k" $mnt/f2
xfs_io -c "falloc -k 2916352 5847" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 13389824 156k" $mnt/f3
xfs_io -f -c "pwrite -S 0x62 31625216 4k" $mnt/f4
xfs_io -c "pwrite -S 0xcd -b 1m 9767625 3m" $mnt/f4
xfs_io -c "falloc 16486400 32k" $mnt/f4
xfs_io -c "fzero 732k 20k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 3688479 12k" $mnt/f3
xfs_io -f -c "reflink $mnt/f2 144k 26755072 3047424" $mnt/f5
xfs_io -c "fsync" $mnt/f2
xfs_io -c "fpunch 11535564 64k" $mnt/f0
sync
xfs_io -c "fpunch 15155200 20k" $mnt/f5
xfs_io -c "fzero -k 21557697 1m" $mnt/f0
xfs_io -c "fdatasync" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 9781248 4571" $mnt/f4
xfs_io -c "pwrite -S 0xcd 6721567 8k" $mnt/f2
chattr +C $mnt/f4
xfs_io -f -c "pwrite -S 0x61 2064384 5668" $mnt/f4
xfs_io -c "fzero -k 9146368 482" $mnt/f0
xfs_io -c "fpunch 7143424 132k" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 24162304 4m" $mnt/f0
xfs_io -c "fpunch 4415488 64k" $mnt/f3
xfs_io -c "dedupe $mnt/f3 7843840 36k 28k" $mnt/f0
sync
xfs_io -c "fdatasync" $mnt/f3
xfs_io -c "fzero -k 9900032 3328" $mnt/f5
umount $mnt
mount -o nodatacow $dev $mnt
xfs_io -f -c "reflink $mnt/f1 2256896 10293248 228k" $mnt/f6
xfs_io -f -c "pwrite -S 0x62 21188608 32k" $mnt/f4
xfs_io -c "reflink $mnt/f6 8105984 2920448 1060864" $mnt/f2
touch $mnt/f7
chattr +C $mnt/f7
xfs_io -c "falloc 29574147 176k" $mnt/f0
sync
sync
xfs_io -c "pwrite -S 0xcd 8941568 48k" $mnt/f5
xfs_io -c "falloc 1605632 36k" $mnt/f4
xfs_io -f -c "pwrite -S 0x62 3473408 44k" $mnt/f0
xfs_io -c "reflink $mnt/f1 724k 712k 28k" $mnt/f1
xfs_io -c "reflink $mnt/f4 26517504 11882496 5120000" $mnt/f4
xfs_io -c "reflink $mnt/f4 22093824 18960384 0" $mnt/f7
sync
xfs_io -c "dedupe $mnt/f4 6430720 8142848 24k" $mnt/f3
xfs_io -c "reflink $mnt/f3 4255744 15597568 9302016" $mnt/f5
xfs_io -c "fpunch 1695744 48k" $mnt/f1
sync
