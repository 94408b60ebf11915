# extsim conformance workload, fsxgen.py seed 83 (files up to 16m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
sync
xfs_io -f -c "pwrite -S 0x42 1656 13188090" -c "fpunch 511225 3823" $mnt/file0
xfs_io -f -c "fzero -k 10785893 1930367" -c "fpunch 9548501 1663" -c "falloc -k 7499335 1008" -c "fsync" -c "fpunch 4200k 4k" -c "pwrite -S 0x43 -b 12k 9472k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 9747053 38974" -c "sync_range -b 10352k 6024k" -c "pwrite -S 0x44 -b 4k 3737319 2726739" -c "dedupe $mnt/file0 8552k 6476k 8k" -c "pwrite -S 0x44 1080571 792381" -c "pwrite -S 0x41 1256629 441" -c "fzero 1021764 55156" -c "reflink $mnt/file0 9004k 4620k 40k" $mnt/file0
xfs_io -f -c "fpunch 11314900 46363" -c "dedupe $mnt/file0 7292k 9708k 48k" -c "pwrite -S 0x44 -b 4k 13027401 1017838" -c "pwrite -S 0x42 9701911 32772" -c "fpunch 930499 1696" -c "truncate 13556878" -c "fsync" -c "pwrite -S 0x44 -b 1000 3270028 37180" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 512 5457217 3739" $mnt/file0
sync
umount $mnt
mount $dev $mnt
btrfs subvolume snapshot $mnt $mnt/snap1
xfs_io -f -c "fdatasync" -c "falloc -k 5867947 53356" -c "pwrite -S 0x41 -b 4k 14086416 540745" -c "fdatasync" -c "pwrite -S 0x42 10417961 527760" -c "pwrite -S 0x42 -b 12k 155469 64580" -c "pwrite -S 0x42 8411337 1921" $mnt/file0
xfs_io -f -c "fpunch 3192k 996k" -c "fsync" $mnt/file0
xfs_io -f -c "fpunch 9652220 582818" -c "reflink $mnt/file0" -c "fiemap -v" -c "pread -q 11349212 972725" -c "fdatasync" -c "pwrite -S 0x41 -b 64k 4504509 32302" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 7336k 4k" -c "fdatasync" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 12k 8639955 554" -c "falloc 1209419 11095939" -c "reflink $mnt/file0 1428k 6396k 40k" -c "pwrite -S 0x41 3409998 3275" -c "pwrite -S 0x43 8828k 88k" -c "truncate 12443915" -c "pwrite -S 0xcd -b 512 8018040 483952" -c "fiemap -v" $mnt/file0
xfs_io -f -c "falloc -k 12303496 54404" -c "fsync" -c "pwrite -S 0x43 1851083 5677198" -c "falloc -k 14679870 1019" -c "pwrite -S 0x43 10933987 2013822" $mnt/file0
xfs_io -f -c "fpunch 12208740 1739" -c "pwrite -S 0xcd -b 4k 9879723 1973" $mnt/file0
