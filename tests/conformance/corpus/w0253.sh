# extsim conformance workload, gen.py seed 253
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 935035 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 528k 10727" $mnt/f1
sync
xfs_io -c "reflink $mnt/f0 376k 412k 184k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 164k 20k 28k" $mnt/f0
xfs_io -c "reflink $mnt/f1 228k 320k 24k" $mnt/f1
xfs_io -c "reflink $mnt/f0 380k 80k 360k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 819235 48k" $mnt/f0
xfs_io -c "truncate 52k" $mnt/f1
xfs_io -c "reflink $mnt/f1 44k 568k 4k" $mnt/f0
xfs_io -c "falloc 12k 128k" $mnt/f1
xfs_io -c "falloc -k 728k 2945" $mnt/f0
xfs_io -f -c "pwrite 700k 1571" $mnt/f2
xfs_io -f -c "pwrite -S 0xcd 384k 48k" -c "fsync" $mnt/f3
xfs_io -c "fsync" $mnt/f3
xfs_io -c "pwrite -S 0x63 96k 6435" $mnt/f1
xfs_io -c "dedupe $mnt/f0 140k 0 799867" $mnt/f1
xfs_io -c "fpunch 440k 56k" $mnt/f3
xfs_io -c "dedupe $mnt/f1 48k 72k 12k" $mnt/f1
rm $mnt/f2
xfs_io -c "falloc 64k 244k" $mnt/f1
xfs_io -f -c "pwrite 396k 180k" $mnt/f1
xfs_io -f -c "reflink $mnt/f1 280k 416k 188k" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 477401 28k" $mnt/f2
xfs_io -c "fpunch 0 64k" $mnt/f3
xfs_io -c "fpunch 164k 91" $mnt/f1
xfs_io -c "falloc 416k 32k" $mnt/f0
xfs_io -c "falloc -k 8k 232k" $mnt/f2
xfs_io -c "reflink $mnt/f3 388k 196k 20k" $mnt/f3
xfs_io -c "pwrite -S 0x62 208k 2264" $mnt/f3
xfs_io -c "dedupe $mnt/f3 72k 60k 32k" $mnt/f3
touch $mnt/f4
chattr +C $mnt/f4
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "falloc 300212 20k" $mnt/f3
xfs_io -c "reflink $mnt/s1/f0 736k 292k 56k" $mnt/s1/f2
xfs_io -c "fpunch 204k 220k" $mnt/f3
xfs_io -f -c "pwrite -S 0x63 228k 60k" $mnt/s1/f1
xfs_io -c "fdatasync" $mnt/f1
xfs_io -c "fpunch 280k 4m" $mnt/f2
chattr +C $mnt/s1/f0
xfs_io -c "reflink $mnt/f2 184k 260k 68k" $mnt/s1/f1
sync
xfs_io -c "fsync" $mnt/f4
xfs_io -c "falloc 64k 60k" $mnt/s1/f1
xfs_io -c "pwrite -S 0xcd 455158 164k" $mnt/s1/f2
xfs_io -f -c "reflink $mnt/s1/f0 644k 996k 92k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 480k 184k" -c "fsync" $mnt/s1/g0
xfs_io -c "fsync" $mnt/s1/f4
xfs_io -c "dedupe $mnt/s1/f1 436k 404k 16k" $mnt/f1
xfs_io -c "fzero 56k 11773" $mnt/f0
xfs_io -c "dedupe $mnt/f0 304k 24k 12k" $mnt/f0
xfs_io -c "falloc -k 460k 6863" $mnt/f2
xfs_io -r -c "fiemap -v" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 348k 52k" -c "fdatasync" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 68k 44k" -c "fdatasync" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x61 708k 4m" $mnt/s1/g1
xfs_io -c "fsync" $mnt/f0
