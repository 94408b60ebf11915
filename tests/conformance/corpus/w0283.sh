# extsim conformance workload, gen.py seed 283 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 9814016 4k" $mnt/f0
xfs_io -c "truncate 8634368" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 32575488 11m" $mnt/f0
xfs_io -c "reflink $mnt/f0 41308160 23977984 120k" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "fpunch 24435603 48k" $mnt/f0
xfs_io -c "falloc 42991468 3m" $mnt/f0
xfs_io -c "dedupe $mnt/f0 43216896 24031232 28k" $mnt/f0
xfs_io -c "falloc 18972672 3m" $mnt/f0
xfs_io -c "falloc -k 17195008 2436" $mnt/f0
xfs_io -c "reflink $mnt/f0 5128192 8015872 41017196" $mnt/f0
xfs_io -c "truncate 45461504" $mnt/f0
xfs_io -c "pwrite 42373120 56k" $mnt/f0
xfs_io -c "reflink $mnt/f0 40071168 13996032 5402624" $mnt/f0
xfs_io -f -c "falloc 22261608 136k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 -b 1m 11091968 7m" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 4720454 176k" $mnt/f0
xfs_io -c "pwrite -S 0xcd -b 1m 5263360 14m" -c "fdatasync" $mnt/f1
xfs_io -c "fdatasync" $mnt/f1
xfs_io -c "falloc 23810048 48k" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "reflink $mnt/f1" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 11030528 13737984 0" $mnt/f2
xfs_io -c "pwrite -b 1m 24322048 5m" $mnt/f2
xfs_io -f -c "falloc -k 4083712 28k" $mnt/f3
xfs_io -c "falloc -k 29175808 3310" $mnt/f1
xfs_io -c "fpunch 13033472 28k" $mnt/f2
xfs_io -c "fpunch 1691648 112k" $mnt/f2
xfs_io -c "fpunch 6057984 4m" $mnt/f0
rm -f $mnt/f0
xfs_io -c "falloc 19599360 5m" $mnt/f3
xfs_io -c "falloc 24016878 20k" $mnt/f2
xfs_io -c "reflink $mnt/f1 16056320 16969728 24k" $mnt/f1
xfs_io -c "fsync" $mnt/f2
xfs_io -c "pwrite -S 0xcd -b 1m 6979584 13m" -c "fdatasync" $mnt/f3
xfs_io -f -c "pwrite -S 0x62 16826368 32k" $mnt/f3
xfs_io -c "dedupe $mnt/f1 12419072 0 9985896" $mnt/f1
xfs_io -c "truncate 11650982" $mnt/f3
rm -f $mnt/f1
xfs_io -c "pwrite -S 0x62 22577152 4k" $mnt/f2
xfs_io -c "pwrite -S 0x61 6774784 10654" $mnt/f3
xfs_io -c "fpunch 13279232 1379" $mnt/f3
xfs_io -c "falloc -k 18653184 14m" $mnt/f2
xfs_io -f -c "pwrite 29368320 224k" $mnt/f2
xfs_io -c "fzero -k 16547840 4k" $mnt/f2
sync
xfs_io -c "reflink $mnt/f3 11603968 9957376 51110" $mnt/f3
xfs_io -c "pwrite -S 0x62 1934397 11074" -c "fdatasync" $mnt/f3
xfs_io -c "truncate 4163419" $mnt/f3
xfs_io -c "pwrite -S 0x63 -b 1m 12218368 3m" -c "fdatasync" $mnt/f2
xfs_io -c "fzero -k 17921608 36k" $mnt/f2
xfs_io -c "pwrite -S 0x61 -b 1m 172k 14m" $mnt/f3
xfs_io -c "pwrite -S 0x62 -b 1m 2465792 10m" $mnt/f2
xfs_io -f -c "reflink $mnt/f3 6275072 4313088 1200128" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "falloc -k 12296192 4k" $mnt/f1
sync
xfs_io -c "pwrite -S 0x61 17272832 88k" -c "fdatasync" $mnt/f1
xfs_io -c "pwrite -S 0x61 18501632 48k" $mnt/f2
xfs_io -c "fdatasync" $mnt/f3
xfs_io -c "pwrite -S 0x61 26386128 40k" $mnt/f2
xfs_io -c "fsync" $mnt/f3
xfs_io -f -c "pwrite -S 0x61 22376448 8k" -c "fsync" $mnt/f4
xfs_io -c "fpunch 18587648 64k" $mnt/f4
xfs_io -c "fsync" $mnt/f3
xfs_io -f -c "pwrite -S 0x62 9379840 32k" -c "fsync" $mnt/f5
