# extsim conformance workload, gen.py seed 540
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd 120k 3738" $mnt/f0
xfs_io -c "pwrite -S 0x61 64k 36k" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0xcd 728k 128k" $mnt/f0
xfs_io -c "reflink $mnt/f0 520k 156k 308k" $mnt/f0
xfs_io -c "truncate 760k" $mnt/f0
xfs_io -c "fpunch 224k 2m" $mnt/f0
xfs_io -c "reflink $mnt/f0 184k 192k 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 388670 76k" $mnt/f0
xfs_io -c "reflink $mnt/f0 432k 840k 56k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 504k 148k 28k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 788k 0 112k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 236k 48k" $mnt/f0
xfs_io -c "truncate 8k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 8k 0 4k" $mnt/f0
xfs_io -c "fpunch 0 36k" $mnt/f0
xfs_io -c "reflink $mnt/f0 4k 0 12k" $mnt/f0
xfs_io -c "pwrite -S 0x62 0 224k" $mnt/f0
xfs_io -c "fzero -k 64k 16k" $mnt/f0
xfs_io -c "pwrite -S 0x62 116k 4k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 136k 8k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "reflink $mnt/f0" $mnt/f0
xfs_io -c "fzero -k 144k 32k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x62 80167 88k" $mnt/f0
xfs_io -c "fzero 60052 36k" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "truncate 148k" $mnt/f0
xfs_io -c "truncate 24k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/f0 16k 4k 28k" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 116k 8k 20k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 588k 16k" $mnt/s1/f0
xfs_io -c "pwrite 804k 7455" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/f0 496k 52k 20k" $mnt/s1/f0
touch $mnt/s1/g1
chattr +C $mnt/s1/g1
xfs_io -c "pwrite -S 0x63 60k 5181" -c "fsync" $mnt/f0
xfs_io -c "falloc 312k 164k" $mnt/s1/g1
xfs_io -c "truncate 273126" $mnt/s1/g1
xfs_io -f -c "pwrite -S 0x61 876k 4k" $mnt/f1
xfs_io -f -c "falloc 632k 184k" $mnt/f2
xfs_io -c "pwrite -S 0x62 386601 4k" $mnt/f1
xfs_io -c "dedupe $mnt/s1/g1 64k 16k 24k" $mnt/f1
xfs_io -c "pwrite -S 0x61 132k 192k" $mnt/s1/g1
xfs_io -c "fdatasync" $mnt/s1/f0
xfs_io -c "falloc 0 5623" $mnt/s1/g1
xfs_io -f -c "pwrite -S 0x62 656k 56k" $mnt/f2
xfs_io -c "falloc -k 672k 2308" $mnt/f2
xfs_io -c "fpunch 88k 24k" $mnt/f0
chattr +C $mnt/s1/g1
xfs_io -c "fsync" $mnt/s1/f0
xfs_io -c "falloc -k 736670 28k" $mnt/s1/f0
xfs_io -f -c "falloc -k 580k 200k" $mnt/f3
rm $mnt/f3
sync
xfs_io -c "pwrite -S 0x63 112k 56k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 160k 196k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 36k 32k 20k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 544k 44k 252k" $mnt/f0
xfs_io -c "reflink $mnt/f2 192k 264k 580k" $mnt/s1/g1
xfs_io -f -c "pwrite -S 0x61 336129 56k" $mnt/f3
rm -f $mnt/f3
xfs_io -c "fpunch 644k 16k" $mnt/s1/f0
