# extsim conformance workload, gen.py seed 516
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 6021213 196k" $mnt/f0
rm $mnt/f0
xfs_io -f -c "reflink $mnt/f0 0 972k 4k" $mnt/f0
xfs_io -c "pwrite -S 0x61 1507488 56k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "falloc -k 265592 244k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 176k 40k 4k" $mnt/f0
xfs_io -c "fzero -k 2420054 4614" $mnt/f0
xfs_io -c "dedupe $mnt/f0 964k 956k 28k" $mnt/f0
xfs_io -c "reflink $mnt/f0 112k 880k 152k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 992k 8k 20k" $mnt/f0
xfs_io -c "pwrite -S 0x61 906541 248k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 6316032 176k" $mnt/f1
xfs_io -c "truncate 4112384" $mnt/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 356k 40k" $mnt/f0
xfs_io -c "reflink $mnt/f1 6475776 2465792 8k" $mnt/f0
xfs_io -c "fpunch 8044544 28k" $mnt/f1
xfs_io -c "falloc 2909290 156k" $mnt/f1
sync
xfs_io -f -c "reflink $mnt/f1 3325952 3461120 3174400" $mnt/f2
xfs_io -c "reflink $mnt/f0 1000k 2527232 3014656" $mnt/f1
xfs_io -c "truncate 1241088" $mnt/f1
xfs_io -c "dedupe $mnt/f1 3690496 396k 24k" $mnt/f2
xfs_io -f -c "falloc -k 7397376 56k" $mnt/f3
xfs_io -c "fsync" $mnt/f1
xfs_io -c "dedupe $mnt/f1 156k 44k 20k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 3878912 2531328 128k" $mnt/f4
xfs_io -c "truncate 5132288" $mnt/f1
xfs_io -c "fzero 2533867 12k" $mnt/f0
xfs_io -c "fpunch 5535391 8k" $mnt/f2
xfs_io -c "pwrite -S 0x62 6709248 12k" $mnt/f3
xfs_io -c "pwrite -S 0x62 1159168 76k" $mnt/f2
xfs_io -c "pwrite -S 0x61 6171514 6569" $mnt/f2
xfs_io -c "pwrite -S 0x61 596104 12k" $mnt/f4
xfs_io -c "dedupe $mnt/f0 132k 0 3981312" $mnt/f2
xfs_io -r -c "fiemap -v" $mnt/f4
xfs_io -f -c "reflink $mnt/f2 5787648 5869568 240k" $mnt/f5
rm $mnt/f5
xfs_io -c "pwrite -S 0x62 6252969 180k" $mnt/f3
xfs_io -c "reflink $mnt/f3 7323648 2011136 32k" $mnt/f3
xfs_io -c "falloc 1781760 899" $mnt/f3
xfs_io -c "fzero 4214156 7999" $mnt/f1
xfs_io -c "reflink $mnt/f3 572k 1421312 2383872" $mnt/f3
xfs_io -c "truncate 1071472" $mnt/f4
xfs_io -c "fpunch 6037504 60k" $mnt/f2
xfs_io -c "falloc 1732608 3m" $mnt/f0
xfs_io -c "reflink $mnt/f3 4452352 1691648 148k" $mnt/f2
rm $mnt/f2
xfs_io -c "falloc 3911680 8k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 1937408 28k" $mnt/f0
xfs_io -c "pwrite -S 0x62 292k 36k" -c "fsync" $mnt/f3
xfs_io -c "reflink $mnt/f3 5390336 3682304 264k" $mnt/f3
xfs_io -c "pwrite -S 0x61 3805184 40k" $mnt/f4
xfs_io -f -c "pwrite -S 0x61 5939200 180k" -c "fdatasync" $mnt/f3
xfs_io -c "reflink $mnt/f4 2904064 3710976 280k" $mnt/f1
md5sum $mnt/f1
xfs_io -c "fzero -k 224647 12k" $mnt/f0
xfs_io -c "falloc 2617344 36k" $mnt/f4
md5sum $mnt/f4
xfs_io -f -c "pwrite -S 0x61 3428352 12k" $mnt/f4
xfs_io -c "pwrite -S 0x63 5189632 32k" $mnt/f0
xfs_io -c "pwrite -S 0x63 2617434 188k" $mnt/f4
xfs_io -c "reflink $mnt/f1 884k 564k 16k" $mnt/f1
xfs_io -f -c "falloc -k 3428352 256k" $mnt/f2
xfs_io -c "reflink $mnt/f1 4829184 984k 795" $mnt/f4
xfs_io -c "reflink $mnt/f0 1957888 724k 2174976" $mnt/f0
xfs_io -c "falloc -k 5042176 5871" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite 5369856 52k" $mnt/f2
xfs_io -c "reflink $mnt/s1/f2 0 448k 4k" $mnt/f0
xfs_io -c "pwrite -S 0x62 3020981 36k" -c "fsync" $mnt/s1/f4
