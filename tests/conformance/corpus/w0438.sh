# extsim conformance workload, gen.py seed 438
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x62 780k 4121" $mnt/f0
xfs_io -f -c "pwrite 800k 12k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 584k 60k" $mnt/sv/g0
rm $mnt/f0
xfs_io -c "fzero 728k 164k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 564k 8k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 240k 60k 4k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 556k 516k 28k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 408k 136k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 276k 36k" -c "fsync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 68k 92k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 562776 60k" $mnt/sv/g0
xfs_io -c "falloc -k 764k 4k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 118196 160k" $mnt/sv/g0
xfs_io -c "falloc -k 280k 36k" $mnt/sv/g0
xfs_io -c "truncate 280k" $mnt/sv/g0
xfs_io -c "pwrite 72k 60k" $mnt/sv/g0
btrfs subvolume snapshot $mnt $mnt/s1
sync
xfs_io -c "pwrite -S 0x62 788k 52k" $mnt/sv/g0
xfs_io -c "falloc -k 512k 60k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 40k 520k 116k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 712k 280k 12k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 352k 168k 24k" $mnt/sv/g0
xfs_io -c "falloc 440k 188k" $mnt/sv/g0
xfs_io -c "truncate 720k" $mnt/sv/g0
xfs_io -c "falloc 312k 28k" $mnt/sv/g0
xfs_io -c "fzero -k 759592 3m" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 400k 811" $mnt/sv/g0
xfs_io -c "falloc -k 274384 52k" $mnt/sv/g0
xfs_io -f -c "reflink $mnt/sv/g0 668k 476k 44k" $mnt/s1/g0
xfs_io -f -c "falloc 781164 20k" $mnt/s1/g1
xfs_io -f -c "pwrite -S 0x62 40k 48k" $mnt/s1/g1
xfs_io -c "pwrite -S 0x62 324k 36k" $mnt/s1/g0
xfs_io -c "pwrite 600k 1496" $mnt/s1/g0
xfs_io -c "dedupe $mnt/sv/g0 300k 160k 24k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 520003 64k" $mnt/s1/g0
touch $mnt/f0
chattr +C $mnt/f0
