# extsim conformance workload, gen.py seed 463
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "reflink $mnt/f0 4k 488k 4k" $mnt/f0
xfs_io -c "falloc 390734 11287" $mnt/f0
xfs_io -c "truncate 100k" $mnt/f0
xfs_io -c "reflink $mnt/f0 104k 80k 4k" $mnt/f0
xfs_io -c "pwrite -S 0x62 92k 48k" $mnt/f0
btrfs subvolume snapshot $mnt/sv $mnt/s1
btrfs subvolume snapshot -r $mnt/sv $mnt/s2
xfs_io -c "pwrite -S 0x63 136k 7444" -c "fsync" $mnt/f0
xfs_io -c "falloc 122324 224k" $mnt/f0
xfs_io -c "pwrite -S 0x63 496k 52k" $mnt/f0
xfs_io -c "reflink $mnt/f0 320k 940k 120k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 375331 248k" $mnt/sv/g0
rm $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 220k 108k" $mnt/f0
xfs_io -c "pwrite -S 0x61 952k 20k" $mnt/f0
xfs_io -c "falloc 641098 228k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 88k 240k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 984k 644k 48k" $mnt/s1/g0
chattr +C $mnt/f0
xfs_io -c "pwrite 296k 188k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1012483 3m" $mnt/f1
xfs_io -c "pwrite -S 0x63 140k 48k" $mnt/s1/g0
xfs_io -c "fpunch 292k 64k" $mnt/s1/g0
xfs_io -c "fzero -k 1912832 32k" $mnt/f1
xfs_io -c "fdatasync" $mnt/f1
xfs_io -c "pwrite -S 0x61 2437120 24k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/s1/g0
xfs_io -c "fdatasync" $mnt/s1/g0
xfs_io -c "dedupe $mnt/f0 732k 64k 24k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/s1/g0
sync
xfs_io -c "dedupe $mnt/f1 1212416 520k 20k" $mnt/f0
xfs_io -c "falloc 2936832 68k" $mnt/f1
xfs_io -c "dedupe $mnt/s1/g0 164k 904k 16k" $mnt/f1
md5sum $mnt/f0
xfs_io -f -c "pwrite -S 0x61 304k 64k" $mnt/f0
xfs_io -c "falloc -k 1677849 56k" $mnt/f1
md5sum $mnt/s1/g0
xfs_io -c "pwrite -S 0xcd 528k 176k" $mnt/f0
