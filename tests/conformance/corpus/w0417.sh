# extsim conformance workload, gen.py seed 417
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount -o nodatacow $dev $mnt
sync
xfs_io -f -c "pwrite 968245 5211" -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite 24k 16k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "dedupe $mnt/f0 852k 76k 24k" $mnt/f0
xfs_io -c "falloc -k 60k 16k" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 732k 276k 176k" $mnt/s1/f0
chattr +C $mnt/f0
xfs_io -c "falloc 396k 11241" $mnt/f0
xfs_io -c "pwrite -S 0x62 280425 32k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 640100 52k" $mnt/s1/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "reflink $mnt/f0 604k 312k 168k" $mnt/f0
xfs_io -c "pwrite -S 0x62 248k 36k" -c "fsync" $mnt/f0
xfs_io -c "truncate 180k" $mnt/s1/f0
xfs_io -f -c "pwrite 741013 120k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 1004k 11642" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 624k 24k" -c "fdatasync" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x61 672k 4267" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 828k 136k 52k" $mnt/f1
xfs_io -c "reflink $mnt/s1/f0 156k 176k 8k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 39987 28k" $mnt/f1
xfs_io -c "pwrite -S 0xcd 44k 24k" -c "fsync" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 0 56k" $mnt/f1
sync
xfs_io -f -c "truncate 399399" $mnt/f2
xfs_io -c "fpunch 800k 9511" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 764k 3580" $mnt/s1/g0
sync
xfs_io -c "truncate 64438" $mnt/f2
xfs_io -f -c "falloc -k 320010 1m" $mnt/f3
xfs_io -c "dedupe $mnt/f1 0 16k 24k" $mnt/f1
xfs_io -c "dedupe $mnt/s1/g0 392k 88k 20k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 212k 32k 20k" $mnt/f2
sync
xfs_io -f -c "pwrite -S 0x61 636k 8k" $mnt/s1/g1
xfs_io -c "reflink $mnt/s1/f0 744k 740k 20k" $mnt/s1/f0
xfs_io -c "reflink $mnt/f3 0 712k 4k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/f0 560k 4k 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 496k 40k" -c "fsync" $mnt/f4
xfs_io -c "pwrite -S 0x62 260600 12k" -c "fsync" $mnt/f4
sync
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -f -c "pwrite -S 0xcd 316k 228k" -c "fsync" $mnt/s2/f4
xfs_io -c "truncate 286654" $mnt/s1/g1
md5sum $mnt/s2/f3
xfs_io -c "reflink $mnt/s1/g1 96k 128k 40k" $mnt/f1
xfs_io -c "fzero 20k 8k" $mnt/f3
xfs_io -c "pwrite -S 0x63 16k 228k" $mnt/f3
rm $mnt/s1/g0
chattr +C $mnt/f2
md5sum $mnt/f0
xfs_io -f -c "pwrite -S 0x62 0 9249" $mnt/f4
xfs_io -c "reflink $mnt/s1/f0 516k 32k 272k" $mnt/s2/f4
xfs_io -c "reflink $mnt/f3" $mnt/s2/f1
xfs_io -c "dedupe $mnt/s2/f4 248k 736k 12k" $mnt/s1/f0
xfs_io -c "truncate 36302" $mnt/s2/f2
xfs_io -c "pwrite -S 0x63 28k 56k" $mnt/s2/f2
xfs_io -c "falloc 608k 188k" $mnt/s2/f0
