# extsim conformance workload, gen.py seed 291
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
sync
xfs_io -f -c "pwrite -S 0x63 3416064 240k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 3039232 7366" $mnt/f0
xfs_io -f -c "falloc 3053275 4k" $mnt/f1
rm $mnt/f1
xfs_io -c "pwrite 1527808 8k" $mnt/f0
xfs_io -c "pwrite -S 0x63 892k 48k" $mnt/f0
xfs_io -c "reflink $mnt/f0 2727936 7675904 508k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "falloc 3469312 12k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 6455296 0 1744896" $mnt/f0
xfs_io -c "fsync" $mnt/s1/f0
xfs_io -c "pwrite -S 0xcd 5657551 5192" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x62 580k 36k" -c "fdatasync" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 5890048 16k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1417216 5390336 6787072" $mnt/f0
xfs_io -c "dedupe $mnt/f0 496k 32k 20k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 7483392 3872" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 828k 2838528 24k" $mnt/s1/f0
xfs_io -f -c "falloc 4173824 3m" $mnt/s1/g0
rm $mnt/s1/g0
xfs_io -f -c "falloc 4059136 2m" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 144k 60k" -c "fsync" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 1634304 680k 1277952" $mnt/f0
xfs_io -c "falloc 6844416 12k" $mnt/s1/f0
xfs_io -c "fzero 4829184 44k" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 5292032 5218304 0" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 2568192 911" -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/s1/g0 856k 1941504 208k" $mnt/f0
xfs_io -c "falloc 1130496 96k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 5578752 11904" -c "fdatasync" $mnt/f1
xfs_io -c "falloc 3149824 52k" $mnt/s1/f0
xfs_io -c "fzero -k 4882432 16k" $mnt/f0
xfs_io -c "pwrite -S 0x62 7712768 56k" $mnt/s1/g0
xfs_io -c "pwrite -S 0xcd -b 1m 5865472 3m" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 948k 48k" $mnt/f2
xfs_io -c "fsync" $mnt/s1/g0
xfs_io -c "dedupe $mnt/f2 520k 0 480k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0xcd 4198400 24k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 4721302 20k" $mnt/s1/g1
xfs_io -f -c "pwrite -S 0x61 2813952 208k" -c "fsync" $mnt/f3
xfs_io -c "fsync" $mnt/s1/f0
btrfs subvolume snapshot -r $mnt $mnt/s2
touch $mnt/s1/g4
chattr +C $mnt/s1/g4
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0x61 7966720 252k" $mnt/f0
xfs_io -c "pwrite -S 0x63 2019328 1356" $mnt/f3
xfs_io -c "dedupe $mnt/s1/g4 5660672 5782390 136k" $mnt/s1/g4
xfs_io -c "reflink $mnt/s2/f2 36k 3473408 1763" $mnt/f1
xfs_io -c "dedupe $mnt/f0 3911680 44k 12k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 3504959 52k" $mnt/s1/g0
md5sum $mnt/s2/f0
xfs_io -c "truncate 3039232" $mnt/s1/g4
xfs_io -c "fdatasync" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 780k 2m" -c "fsync" $mnt/f2
xfs_io -c "pwrite -S 0x61 536k 4k" -c "fsync" $mnt/f2
xfs_io -f -c "pwrite -S 0xcd 8168048 32k" $mnt/s1/g2
chattr +C $mnt/f1
xfs_io -c "falloc 664k 44k" $mnt/s1/g1
xfs_io -f -c "reflink $mnt/f2 772k 1470464 1953792" $mnt/f4
xfs_io -c "falloc 3375104 24k" $mnt/s1/g1
xfs_io -f -c "pwrite -S 0xcd 1417581 36k" -c "fdatasync" $mnt/s1/g4
