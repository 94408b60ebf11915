# extsim conformance workload, gen.py seed 415
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 88k 12k" $mnt/f0
xfs_io -c "pwrite -S 0x62 904k 56k" $mnt/f0
xfs_io -c "truncate 64k" $mnt/f0
sync
xfs_io -c "pwrite -S 0x62 664k 64k" -c "fdatasync" $mnt/f0
md5sum $mnt/f0
xfs_io -c "dedupe $mnt/f0 632k 552k 12k" $mnt/f0
xfs_io -c "reflink $mnt/f0 400k 204k 340k" $mnt/f0
xfs_io -c "reflink $mnt/f0 20k 56k 712k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 244k 52k" $mnt/f1
xfs_io -c "pwrite -S 0x61 149354 204k" $mnt/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0xcd 84k 60k" -c "fdatasync" $mnt/f1
xfs_io -c "fpunch 736k 11691" $mnt/f0
xfs_io -c "falloc -k 128k 64k" $mnt/f0
xfs_io -c "pwrite 656k 5532" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "dedupe $mnt/f0 164k 0 568k" $mnt/f0
xfs_io -c "falloc 366649 40k" $mnt/f0
xfs_io -c "fpunch 412k 204k" $mnt/f1
xfs_io -c "falloc -k 892k 28k" $mnt/f1
xfs_io -c "truncate 264533" $mnt/f1
xfs_io -c "fsync" $mnt/f1
xfs_io -c "reflink $mnt/f1 164k 68k 104789" $mnt/f1
xfs_io -c "falloc 694163 28k" $mnt/f0
xfs_io -c "pwrite -S 0x63 28k 64k" $mnt/f1
xfs_io -c "reflink $mnt/f0 632k 36k 32k" $mnt/f0
xfs_io -c "falloc 804k 40k" $mnt/f1
xfs_io -c "pwrite -S 0x63 324k 112k" $mnt/f0
xfs_io -c "reflink $mnt/f1" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "dedupe $mnt/f0 780k 0 68k" $mnt/f0
xfs_io -c "reflink $mnt/f1 648k 768k 184k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 260k 0 4k" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
sync
xfs_io -c "reflink $mnt/s1/f0 544k 216k 292k" $mnt/f1
xfs_io -f -c "reflink $mnt/s1/f1 156k 8k 396k" $mnt/f2
xfs_io -c "pwrite -S 0x62 161986 12k" -c "fsync" $mnt/f2
xfs_io -c "pwrite 352k 8k" $mnt/f1
xfs_io -c "fpunch 176809 64k" $mnt/f0
xfs_io -c "falloc -k 516k 12k" $mnt/f0
xfs_io -c "dedupe $mnt/f2 264k 160k 32k" $mnt/f0
xfs_io -c "falloc 48k 60k" $mnt/f2
xfs_io -c "pwrite -S 0x61 256k 116k" -c "fdatasync" $mnt/f2
xfs_io -c "pwrite 344k 20k" $mnt/f0
xfs_io -c "pwrite -S 0x63 968497 40k" $mnt/f1
chattr +C $mnt/f2
sync
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "pwrite -S 0xcd 94606 20k" $mnt/s2/f2
xfs_io -c "truncate 480k" $mnt/f1
xfs_io -f -c "truncate 100778" $mnt/f3
xfs_io -f -c "falloc -k 60k 9496" $mnt/f4
xfs_io -c "fsync" $mnt/f3
xfs_io -c "reflink $mnt/f2 88k 32k 0" $mnt/f1
xfs_io -c "falloc 12k 4k" $mnt/f4
xfs_io -c "reflink $mnt/f2 228k 344k 104k" $mnt/s2/f2
xfs_io -c "fpunch 332k 80k" $mnt/f1
xfs_io -c "fpunch 148k 6971" $mnt/f2
xfs_io -c "fpunch 228k 160k" $mnt/f1
xfs_io -c "reflink $mnt/f2 108k 668k 168k" $mnt/s2/f2
xfs_io -c "fpunch 552k 48k" $mnt/f2
xfs_io -c "pwrite -S 0x61 426690 28k" $mnt/s2/f0
xfs_io -c "truncate 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 300k 188k" $mnt/s2/f1
xfs_io -c "fdatasync" $mnt/f4
xfs_io -f -c "pwrite 624k 8k" $mnt/f5
xfs_io -c "pwrite -S 0x61 292k 40k" -c "fdatasync" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 333457 16k" $mnt/s2/f0
xfs_io -c "dedupe $mnt/f3 32k 68k 16k" $mnt/f1
