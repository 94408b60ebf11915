# extsim conformance workload, gen.py seed 156
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x62 912k 88k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x61 4k 156k" $mnt/f0
sync
xfs_io -c "pwrite 529407 2520" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x62 76k 64k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 680k 236k" $mnt/f0
xfs_io -c "reflink $mnt/f0 812k 12k 64k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 552k 32k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 327454 36k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 646943 28k" $mnt/f0
xfs_io -c "reflink $mnt/sv/g0 688k 48k 280k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 808k 20k" $mnt/sv/g1
xfs_io -f -c "pwrite 267369 12031" $mnt/sv/g0
rm $mnt/sv/g0
xfs_io -c "falloc -k 284k 5289" $mnt/f0
sync
xfs_io -c "pwrite -S 0x62 812k 8k" $mnt/f0
xfs_io -c "reflink $mnt/sv/g1 600k 420k 236k" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g1 340k 976k 184k" $mnt/sv/g1
btrfs subvolume snapshot $mnt/sv $mnt/s1
xfs_io -c "truncate 105200" $mnt/s1/g1
sync
xfs_io -c "pwrite -S 0x62 585971 9327" $mnt/f0
xfs_io -c "falloc 48k 16k" $mnt/s1/g1
xfs_io -f -c "pwrite -S 0x63 569523 152k" $mnt/s1/g0
xfs_io -c "falloc -k 160k 208k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0xcd 906674 240k" $mnt/sv/g1
xfs_io -c "reflink $mnt/s1/g0 136k 252k 288k" $mnt/sv/g1
md5sum $mnt/s1/g1
xfs_io -f -c "pwrite 488k 4k" $mnt/s1/g2
xfs_io -c "reflink $mnt/sv/g1 368k 92k 312k" $mnt/s1/g1
btrfs subvolume snapshot $mnt/sv $mnt/s2
xfs_io -c "falloc 440k 20k" $mnt/s1/g2
xfs_io -c "fzero -k 259199 160k" $mnt/s1/g0
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "pwrite -S 0x61 76k 52k" -c "fsync" $mnt/s1/g0
xfs_io -c "fzero 48k 52k" $mnt/sv/g1
xfs_io -f -c "reflink $mnt/s1/g2" $mnt/sv/g0
touch $mnt/s3/g2
chattr +C $mnt/s3/g2
xfs_io -c "pwrite -S 0x63 312k 4k" $mnt/s3/f0
sync
xfs_io -c "pwrite -b 1m 780k 4m" $mnt/s3/f0
xfs_io -c "fpunch 884k 96k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/g2 320k 0 176k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0xcd 3913 8k" $mnt/s3/g0
xfs_io -c "pwrite -S 0xcd 144k 11406" -c "fdatasync" $mnt/sv/g1
xfs_io -c "dedupe $mnt/s1/g1 364k 368k 24k" $mnt/s1/g1
xfs_io -c "falloc 576k 48k" $mnt/sv/g0
xfs_io -c "reflink $mnt/f0 576k 84k 96k" $mnt/sv/g0
xfs_io -c "falloc 865269 2m" $mnt/s2/g1
xfs_io -f -c "pwrite -S 0x62 978327 28k" -c "fdatasync" $mnt/f1
