# extsim conformance workload, gen.py seed 103
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite 6410240 16k" $mnt/f0
xfs_io -c "pwrite 5091328 56k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 5971968 36k 32k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 5939200 2385" $mnt/f0
xfs_io -c "pwrite -S 0x61 5517312 7949" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
touch $mnt/sv/g0
chattr +C $mnt/sv/g0
xfs_io -c "fzero -k 1084534 10598" $mnt/sv/g0
xfs_io -f -c "falloc 3671599 12k" $mnt/f1
sync
xfs_io -c "pwrite -S 0x61 592k 32k" $mnt/f1
xfs_io -c "pwrite -S 0x63 2505173 64k" -c "fsync" $mnt/f1
sync
sync
xfs_io -c "truncate 4800512" $mnt/f1
rm $mnt/sv/g0
xfs_io -c "falloc -k 2752512 104k" $mnt/f0
xfs_io -c "pwrite -S 0x62 155321 5465" $mnt/f1
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x62 392k 132k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 3997696 60k" $mnt/f1
xfs_io -c "falloc -k 3354624 4573" $mnt/f1
xfs_io -c "reflink $mnt/f0 2723840 1658880 1220608" $mnt/f0
sync
md5sum $mnt/f1
chattr +C $mnt/f0
xfs_io -f -c "reflink $mnt/f1 3350528 1839104 0" $mnt/sv/g0
xfs_io -c "falloc 2195456 36k" $mnt/sv/g0
xfs_io -c "pwrite 6911051 48k" $mnt/f1
chattr +C $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 3231744 4288" $mnt/f1
xfs_io -c "dedupe $mnt/f0 3825664 36k 12k" $mnt/f0
xfs_io -f -c "truncate 4907008" $mnt/f2
md5sum $mnt/sv/g0
xfs_io -f -c "falloc -k 3956736 40k" $mnt/f3
xfs_io -c "dedupe $mnt/f2 3756032 3768320 32k" $mnt/f2
xfs_io -c "dedupe $mnt/f0 5906432 0 512k" $mnt/f1
xfs_io -c "pwrite -S 0x61 584k 60k" -c "fsync" $mnt/sv/g0
chattr +C $mnt/f3
xfs_io -f -c "pwrite -S 0x62 1646592 64k" $mnt/f4
xfs_io -c "fzero 4792320 48k" $mnt/f0
xfs_io -c "pwrite -S 0x63 3059712 4k" -c "fsync" $mnt/f3
xfs_io -c "falloc 2875392 48k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 2809856 256k" -c "fdatasync" $mnt/f3
xfs_io -f -c "pwrite -S 0x62 1544189 20k" $mnt/f5
xfs_io -c "reflink $mnt/f0 2850816 7778304 512k" $mnt/f5
touch $mnt/sv/g3
chattr +C $mnt/sv/g3
sync
xfs_io -f -c "pwrite -S 0x62 4042752 52k" $mnt/sv/g0
touch $mnt/sv/g2
chattr +C $mnt/sv/g2
xfs_io -f -c "pwrite -S 0x61 5861376 112k" $mnt/sv/g1
xfs_io -c "fzero 7753728 92k" $mnt/sv/g2
xfs_io -f -c "falloc -k 472772 48k" $mnt/f6
xfs_io -c "pwrite -S 0x63 4243456 224k" $mnt/f2
xfs_io -c "pwrite -S 0xcd 3518464 44k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/f4 1597440 60k 8k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 1159168 28k" $mnt/f5
xfs_io -c "truncate 6715120" $mnt/sv/g0
btrfs subvolume snapshot $mnt/sv $mnt/s1
xfs_io -c "fpunch 7520256 120k" $mnt/s1/g0
xfs_io -c "pwrite 2707456 2317" -c "fsync" $mnt/f5
xfs_io -f -c "pwrite -S 0x63 3719168 48k" $mnt/sv/g4
