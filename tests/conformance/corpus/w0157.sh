# extsim conformance workload, gen.py seed 157
mkfs.btrfs -f $dev -b 256m > /dev/null
mount -o nodatacow $dev $mnt
xfs_io -f -c "falloc -k 456k 11338" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "truncate 208k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x62 228k 48k" $mnt/f0
xfs_io -f -c "falloc -k 160k 4k" $mnt/s1/g0
xfs_io -c "fdatasync" $mnt/s1/g0
sync
md5sum $mnt/s1/g0
btrfs subvolume snapshot $mnt $mnt/s2
sync
xfs_io -f -c "reflink $mnt/s2/f0 80k 592k 68k" $mnt/s2/g0
xfs_io -c "pwrite -S 0x63 136k 52k" $mnt/s2/f0
xfs_io -c "pwrite -S 0xcd 996k 60k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 208k 4k" $mnt/s2/g0
xfs_io -c "truncate 200k" $mnt/s1/f0
xfs_io -c "fpunch 1019733 32k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g0 84k 0 4k" $mnt/s2/g0
xfs_io -c "falloc -k 240k 40k" $mnt/s2/f0
xfs_io -f -c "reflink $mnt/s2/g0 4k 100k 664k" $mnt/f1
sync
xfs_io -c "dedupe $mnt/s2/f0 12k 64k 4k" $mnt/f0
xfs_io -c "pwrite -S 0x63 148k 24k" $mnt/f0
touch $mnt/s1/g1
chattr +C $mnt/s1/g1
xfs_io -c "dedupe $mnt/s1/f0 132k 28k 20k" $mnt/f0
xfs_io -c "fzero -k 24k 4k" $mnt/f0
rm $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/f0 24k 220k 80k" $mnt/f0
xfs_io -c "fpunch 792k 56k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "reflink $mnt/s2/g0 564k 188k 32k" $mnt/s1/f0
xfs_io -c "pwrite -S 0xcd 299175 52k" $mnt/s1/g1
xfs_io -c "dedupe $mnt/s1/g1 44k 0 311463" $mnt/s1/f0
sync
md5sum $mnt/s2/f0
xfs_io -c "pwrite -S 0x61 908k 76k" $mnt/s2/f0
xfs_io -c "falloc -k 232k 56k" $mnt/f0
md5sum $mnt/s1/g1
xfs_io -f -c "pwrite -S 0xcd 84k 132k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 840k 6724" $mnt/s2/f0
xfs_io -c "pwrite -S 0x62 204k 60k" $mnt/s1/g1
xfs_io -c "dedupe $mnt/s2/f0 648k 272k 20k" $mnt/s1/g1
xfs_io -c "dedupe $mnt/f0 56k 8k 24k" $mnt/f0
sync
xfs_io -c "reflink $mnt/f0 96k 184k 24k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 108k 52k" $mnt/f1
xfs_io -c "reflink $mnt/f0 252k 104k 28k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/s2/f0
xfs_io -c "falloc -k 204k 4k" $mnt/s2/f0
xfs_io -c "dedupe $mnt/s2/g0 328k 40k 32k" $mnt/f0
xfs_io -c "reflink $mnt/f0" $mnt/f0
xfs_io -f -c "reflink $mnt/s1/f0 112k 340k 36k" $mnt/s1/g0
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "pwrite -S 0x62 380k 64k" $mnt/s3/f1
xfs_io -c "pwrite -S 0x61 132k 4111" -c "fsync" $mnt/s2/g0
xfs_io -c "falloc 223237 2957" $mnt/s3/f0
xfs_io -f -c "pwrite 120k 10384" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 276k 20k" $mnt/s1/g0
xfs_io -c "pwrite -S 0xcd 324k 40k" $mnt/s3/f0
xfs_io -c "pwrite -S 0x61 914153 52k" -c "fsync" $mnt/s1/g1
xfs_io -c "fsync" $mnt/s1/f0
xfs_io -c "falloc 76k 12029" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 256k 12k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x62 144k 12k" -c "fsync" $mnt/f1
