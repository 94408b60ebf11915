# extsim conformance workload, gen.py seed 282 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd -b 1m 3579904 11m" $mnt/f0
sync
xfs_io -c "reflink $mnt/f0 5599232 4509696 6459392" $mnt/f0
xfs_io -c "reflink $mnt/f0 1490944 3809280 13635584" $mnt/f0
xfs_io -c "falloc -k 10427847 36k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "falloc -k 12652544 8780" $mnt/f0
xfs_io -c "truncate 28217344" $mnt/f0
xfs_io -c "dedupe $mnt/f0 15826944 48k 4k" $mnt/f0
xfs_io -c "fpunch 1064960 140k" $mnt/f0
xfs_io -c "reflink $mnt/f0 14417920 4702208 13803520" $mnt/f0
xfs_io -c "reflink $mnt/f0 26574848 16289792 1118208" $mnt/f0
xfs_io -c "reflink $mnt/f0 24268800 10481664 3727360" $mnt/f0
xfs_io -c "falloc 5627904 4k" $mnt/f0
xfs_io -c "falloc -k 17629184 15m" $mnt/f0
xfs_io -c "pwrite -S 0x61 22372352 12k" -c "fdatasync" $mnt/f0
xfs_io -c "truncate 17727488" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "fpunch 6697872 7804" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 3284992 29470720 10022912" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "pwrite -S 0x62 20516864 112k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 9314304 56k" -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 660k 32k 12k" $mnt/f0
xfs_io -c "falloc -k 13500416 4m" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 4710400 10m" -c "fdatasync" $mnt/f1
xfs_io -c "fzero -k 11476992 7170" $mnt/f0
xfs_io -c "falloc -k 2152996 52k" $mnt/f0
xfs_io -c "falloc -k 14283012 7m" $mnt/f1
xfs_io -c "falloc 16915765 4m" $mnt/f0
xfs_io -c "fpunch 1187840 132k" $mnt/f0
sync
xfs_io -c "dedupe $mnt/s1/f0 16101376 32k 24k" $mnt/f0
xfs_io -f -c "falloc 30179328 40k" $mnt/f2
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 32407552 2m" $mnt/f1
xfs_io -c "pwrite -S 0x63 31787966 8850" $mnt/f1
xfs_io -f -c "reflink $mnt/f0 1982464 31350784 4792320" $mnt/f3
xfs_io -c "fpunch 19216692 20k" $mnt/f3
xfs_io -c "fpunch 1200128 172k" $mnt/f3
touch $mnt/f4
chattr +C $mnt/f4
xfs_io -f -c "pwrite -S 0x61 17813504 36k" $mnt/f4
rm $mnt/f4
xfs_io -c "dedupe $mnt/s1/f0 6720924 24256512 16k" $mnt/f0
xfs_io -c "pwrite -S 0x62 14663680 3m" -c "fdatasync" $mnt/f1
xfs_io -c "truncate 28618752" $mnt/f0
xfs_io -c "reflink $mnt/f2 14041088 14671872 4935680" $mnt/f2
xfs_io -c "reflink $mnt/f0" $mnt/f2
xfs_io -f -c "pwrite -S 0xcd 4247552 28k" -c "fdatasync" $mnt/f3
rm -f $mnt/f3
xfs_io -f -c "pwrite -S 0x61 9199616 196k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 13459456 0 15163392" $mnt/f1
xfs_io -c "reflink $mnt/f0 5310539 20119552 20k" $mnt/f2
xfs_io -c "dedupe $mnt/s1/f0 4706304 3588096 24k" $mnt/f0
xfs_io -c "falloc 26845184 6m" $mnt/f1
xfs_io -c "reflink $mnt/s1/f0 12169216 2228224 0" $mnt/f0
xfs_io -f -c "reflink $mnt/s1/f0 8732672 14393344 2621440" $mnt/f3
xfs_io -c "dedupe $mnt/f3 11730944 0 4k" $mnt/f0
xfs_io -c "pwrite 18722816 11354" $mnt/f2
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 7147520 4k" $mnt/f3
xfs_io -f -c "pwrite -S 0x63 -b 1m 3911680 3m" -c "fdatasync" $mnt/f0
