# extsim conformance workload, gen.py seed 133
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 4718592 40k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x63 6823936 24k" -c "fsync" $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -f -c "pwrite -S 0x63 6709248 112k" -c "fdatasync" $mnt/f2
xfs_io -c "reflink $mnt/f2 4603904 6635520 148k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 4984832 48k 20k" $mnt/f0
xfs_io -c "truncate 3080192" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 6197661 4k" $mnt/f3
xfs_io -c "pwrite -S 0xcd 1359872 16k" $mnt/f2
xfs_io -c "truncate 320k" $mnt/f1
xfs_io -f -c "falloc 3014656 60k" $mnt/f4
xfs_io -c "dedupe $mnt/f4 1093632 0 1986560" $mnt/f3
touch $mnt/f5
chattr +C $mnt/f5
xfs_io -c "pwrite -S 0x62 1078389 16k" $mnt/f2
xfs_io -c "pwrite 181849 36k" $mnt/f1
xfs_io -c "truncate 2424832" $mnt/f4
xfs_io -f -c "pwrite -S 0x63 7139328 4084" -c "fdatasync" $mnt/f5
chattr +C $mnt/f5
xfs_io -f -c "pwrite 6017024 60k" -c "fdatasync" $mnt/f6
md5sum $mnt/f2
xfs_io -c "pwrite -S 0x63 76k 48k" $mnt/f6
xfs_io -c "fzero -k 5142825 2010" $mnt/f3
xfs_io -c "truncate 6488064" $mnt/f3
xfs_io -f -c "falloc 7352320 40k" $mnt/f7
xfs_io -f -c "pwrite 936k 3230" $mnt/f0
xfs_io -c "pwrite -S 0x63 230289 20k" $mnt/f1
xfs_io -c "pwrite -S 0x62 116k 36k" $mnt/f4
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "falloc -k 2162688 36k" $mnt/f6
sync
xfs_io -c "falloc -k 1359872 28k" $mnt/s1/f5
xfs_io -f -c "pwrite -S 0x61 528k 236k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f6 3280896 3268608 8k" $mnt/s1/f6
xfs_io -c "dedupe $mnt/f6 1482752 24k 28k" $mnt/f0
xfs_io -c "reflink $mnt/f7 4268032 3842048 184k" $mnt/f3
xfs_io -f -c "pwrite -S 0x61 23225 8k" $mnt/f1
xfs_io -c "pwrite 164k 216k" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0xcd 6594560 28k" $mnt/s1/f5
xfs_io -f -c "pwrite -S 0x63 6316032 4k" $mnt/s1/f7
sync
xfs_io -c "falloc -k 5124096 4590" $mnt/f6
xfs_io -c "falloc -k 276k 176k" $mnt/f1
xfs_io -c "falloc -k 3325952 7562" $mnt/s1/f5
xfs_io -c "reflink $mnt/f6" $mnt/f2
xfs_io -c "truncate 172k" $mnt/s1/f7
xfs_io -c "pwrite -S 0xcd 3022848 44k" $mnt/f4
md5sum $mnt/f2
xfs_io -c "reflink $mnt/s1/f0" $mnt/s1/f4
xfs_io -c "pwrite -S 0x63 923911 212" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 4764211 20k" -c "fsync" $mnt/s1/f5
xfs_io -f -c "reflink $mnt/s1/f2 2789376 4198400 2633728" $mnt/s1/g0
