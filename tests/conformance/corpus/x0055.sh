# extsim conformance workload, fsxgen.py seed 55 (files up to 1m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc 989776 25422" -c "truncate 899450" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 12k 15254 878609" -c "pwrite -S 0x43 -b 4k 204565 26904" -c "pwrite -S 0x42 632k 184k" -c "fzero -k 316k 56k" -c "reflink $mnt/file0 732k 424k 16k" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 -b 64k 312738 282954" -c "fpunch 274905 130854" -c "truncate 586307" -c "fiemap -v" -c "pwrite -S 0xcd -b 4k 249729 438931" $mnt/file0
xfs_io -f -c "falloc -k 343367 556606" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 -b 1m 385832 45361" -c "pwrite -S 0x44 -b 1m 103259 190711" -c "pwrite -S 0x44 -b 64k 215651 1813" -c "reflink $mnt/file0 24k 368k 12k" -c "fpunch 682381 461" -c "pwrite -S 0x43 561876 2209" -c "pwrite -S 0x41 145768 566580" -c "sync_range -b 36k 436k" $mnt/file0
xfs_io -f -c "pread -q 584k 276k" -c "dedupe $mnt/file0 404k 484k 44k" -c "sync_range -w 216k 4k" -c "pwrite -S 0x43 194133 744561" $mnt/file0
btrfs subvolume snapshot $mnt $mnt/snap1
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "fpunch 68851 3873" -c "truncate 611926" -c "reflink $mnt/file1 0 144k 4k" -c "fzero 268k 604k" -c "falloc 49735 690482" -c "truncate 276928" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 64k 2678 3674" -c "reflink $mnt/file1 4k 8k 2256" -c "falloc -k 4k 4k" -c "pread -q 8988 531340" $mnt/file1
