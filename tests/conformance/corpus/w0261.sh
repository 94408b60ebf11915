# extsim conformance workload, gen.py seed 261
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
touch $mnt/f0
chattr +C $mnt/f0
xfs_io -c "truncate 508k" $mnt/f0
xfs_io -c "falloc -k 52k 4m" $mnt/f0
xfs_io -c "dedupe $mnt/f0 288k 280k 32k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "reflink $mnt/f0 156k 680k 364k" $mnt/f0
xfs_io -c "pwrite -S 0x63 36k 32k" $mnt/f0
xfs_io -c "pwrite -S 0x62 149778 7363" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 368k 408k 116k" $mnt/f1
xfs_io -c "pwrite -S 0x63 816k 52k" $mnt/f1
xfs_io -c "falloc 312k 8k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 528k 5262" -c "fsync" $mnt/f1
chattr +C $mnt/f1
xfs_io -c "fzero -k 470190 56k" $mnt/f0
xfs_io -f -c "falloc -k 544k 40k" $mnt/f2
xfs_io -c "falloc 492k 1187" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 792k 3m" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 764k 28k" $mnt/f3
xfs_io -c "pwrite -S 0xcd 348k 11006" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0xcd 196k 48k" $mnt/f0
xfs_io -c "truncate 3746325" $mnt/f1
rm $mnt/f2
chattr +C $mnt/f0
xfs_io -f -c "pwrite -S 0x63 734844 128k" $mnt/f2
xfs_io -c "reflink $mnt/f1 308k 604k 2637824" $mnt/f1
xfs_io -c "pwrite -S 0x61 476k 9138" $mnt/f2
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "fsync" $mnt/f3
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0xcd 3592192 2m" $mnt/f1
xfs_io -c "pwrite -S 0x61 808260 256k" $mnt/f2
xfs_io -c "dedupe $mnt/s1/f3 476k 4k 28k" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "dedupe $mnt/s1/f3 572k 2854912 28k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 848k 52k" $mnt/f2
xfs_io -c "fpunch 196k 52k" $mnt/f0
xfs_io -c "fpunch 8k 40k" $mnt/f2
xfs_io -c "fpunch 5632000 44k" $mnt/f1
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "truncate 3162112" $mnt/f1
xfs_io -c "pwrite -S 0x62 124k 76k" $mnt/f0
xfs_io -c "falloc -k 216k 4k" $mnt/f3
xfs_io -c "dedupe $mnt/s1/f3 24k 688k 16k" $mnt/f1
md5sum $mnt/f3
xfs_io -c "reflink $mnt/s1/f0 92k 320k 428k" $mnt/f3
xfs_io -c "pwrite -S 0x61 528k 8k" $mnt/f3
xfs_io -c "truncate 700k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 45651 48k" -c "fdatasync" $mnt/f4
chattr +C $mnt/f2
xfs_io -c "pwrite -S 0xcd 444210 28k" $mnt/f4
