# extsim conformance workload, fsxgen.py seed 193 (files up to 16m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "truncate 15235205" $mnt/file0
xfs_io -f -c "fzero 5430193 485853" -c "pwrite -S 0x43 12809188 3281088" -c "pwrite -S 0xcd 1513157 803138" -c "pwrite -S 0x43 14183126 2311" $mnt/file0
xfs_io -f -c "fzero 371338 12071079" -c "pwrite -S 0x44 -b 64k 3672883 2684935" -c "reflink $mnt/file0 5580k 14876k 8k" -c "falloc -k 8795351 1245753" -c "pwrite -S 0x44 1911890 545" -c "fsync" -c "dedupe $mnt/file0 1952k 3288k 48k" -c "sync_range -b 13672k 728k" $mnt/file0
xfs_io -f -c "fsync" $mnt/file0
xfs_io -f -c "fsync" -c "fpunch 12792k 528k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 4476k 13020k 44k" $mnt/file0
btrfs subvolume snapshot $mnt $mnt/snap1
xfs_io -f -c "pwrite -S 0x42 -b 1m 7906567 334932" -c "reflink $mnt/file0 4248k 3328k 24k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 512 13456138 1186" -c "pwrite -S 0x42 -b 64k 8514891 5070114" -c "reflink $mnt/file0 8680k 12156k 7201956" -c "truncate 12942056" -c "pwrite -S 0xcd -b 512 2410998 54031" -c "dedupe $mnt/file0 11136k 1624k 0" -c "pread -q 10899916 2169132" -c "fpunch 3500k 28k" $mnt/file0
xfs_io -f -c "fpunch 7749384 20610" -c "pwrite -S 0x44 -b 64k 8772383 6323699" -c "fpunch 13334125 507965" -c "falloc 6042259 1718" -c "pwrite -S 0x44 6472903 4626792" $mnt/file0
btrfs subvolume snapshot $mnt $mnt/snap2
xfs_io -f -c "pread -q 186861 6232457" -c "reflink $mnt/file0 8420k 11072k 60k" -c "fpunch 15416886 363706" -c "reflink $mnt/file0 11804k 1256k 3008786" $mnt/file0
xfs_io -f -c "fpunch 6378518 4093" -c "falloc -k 7640k 356k" -c "falloc -k 1588k 12800k" -c "pwrite -S 0x43 3576k 2052k" $mnt/file0
umount $mnt
mount $dev $mnt
xfs_io -f -c "fdatasync" -c "pwrite -S 0x43 3136767 807594" -c "pwrite -S 0x43 -b 4k 11920928 365140" -c "fzero 13623462 69931" -c "fdatasync" -c "pwrite -S 0x42 -b 64k 348043 21924" -c "pwrite -S 0x43 -b 512 6679009 2128" $mnt/file0
xfs_io -f -c "fpunch 578557 170301" $mnt/file0
xfs_io -f -c "falloc 9868374 53754" -c "pwrite -S 0x41 -b 12k 539336 62299" -c "sync_range -b 3040k 784k" -c "pwrite -S 0x42 4315895 1009514" $mnt/file0
xfs_io -f -c "fiemap -v" -c "reflink $mnt/file0 8160k 1544k 6740242" -c "fpunch 13760321 26566" -c "pwrite -S 0x41 -b 4k 11080k 32k" -c "truncate 14309601" -c "pread -q 9711501 44092" -c "fsync" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 4160k 772k 0" -c "pwrite -S 0x42 2572592 33937" -c "truncate 12966644" -c "pwrite -S 0x44 7177247 3061" -c "fzero -k 2304515 190423" -c "truncate 10170994" -c "pwrite -S 0x42 -b 1000 5615369 1002711" -c "fpunch 9369738 810791" $mnt/file0
