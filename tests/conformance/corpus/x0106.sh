# extsim conformance workload, fsxgen.py seed 106 (files up to 16m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "fzero -k 2317 61359" -c "fzero -k 2988 5897410" -c "falloc -k 4696719 1432062" -c "truncate 6099434" $mnt/file0
xfs_io -f -c "fzero -k 1164 3419761" -c "pwrite -S 0xcd -b 1000 7164657 41465" -c "reflink $mnt/file1 3708k 4388k 56k" -c "fsync" -c "falloc 5520995 21213" $mnt/file1
xfs_io -f -c "fsync" -c "fzero 4609685 1769" $mnt/file0
xfs_io -f -c "falloc -k 6593684 2871" -c "truncate 9318609" $mnt/file1
xfs_io -f -c "fpunch 5068531 87288" $mnt/file1
xfs_io -f -c "pwrite -S 0xcd 5071754 10340" -c "falloc 10884098 277" -c "fsync" -c "pwrite -S 0x44 -b 1000 12232k 404k" -c "pread -q 5993327 10303240" -c "pwrite -S 0x44 955455 312111" -c "fpunch 4655465 44201" -c "pread -q 6128727 11131" $mnt/file0
xfs_io -f -c "fpunch 15094701 227" -c "reflink $mnt/file0 8888k 7336k 3748k" -c "falloc 4001373 2871" -c "pread -q 246073 2779" -c "truncate 1188k" -c "pwrite -S 0xcd -b 12k 845938 721750" -c "reflink $mnt/file1 452k 1028k 1104840" -c "pwrite -S 0x43 -b 1m 222393 1872" $mnt/file1
xfs_io -f -c "pwrite -S 0xcd 616k 704k" $mnt/file1
xfs_io -f -c "fpunch 15728325 23170" -c "fpunch 9285434 1031012" -c "pwrite -S 0x42 -b 1m 1710616 64609" -c "truncate 582021" -c "dedupe $mnt/file0 524k 616k 24k" -c "pwrite -S 0x42 -b 12k 192k 48k" -c "pwrite -S 0xcd -b 512 8072187 5156305" -c "sync_range -a 11424k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 5112142 352189" $mnt/file0
xfs_io -f -c "sync_range -a 4032k 16k" -c "fpunch 4356k 44k" -c "pwrite -S 0x41 -b 4k 11908168 3640" -c "pwrite -S 0x44 -b 4k 11781435 1714" $mnt/file0
xfs_io -f -c "reflink $mnt/file1 1440k 1808k 28k" -c "pwrite -S 0x42 666381 9135308" -c "dedupe $mnt/file0 9312k 3940k 0" -c "pwrite -S 0xcd 3205916 12271123" $mnt/file1
xfs_io -f -c "pread -q 2711076 1924" $mnt/file0
xfs_io -f -c "fzero 15237979 506" -c "fzero 4175479 279" -c "pread -q 11767674 417090" -c "fzero -k 12682974 362419" -c "pwrite -S 0xcd -b 1000 4374910 1356" -c "pwrite -S 0x42 236k 4k" -c "sync_range -a 13792k 24k" $mnt/file1
xfs_io -f -c "fdatasync" -c "pread -q 15231090 2158" -c "pwrite -S 0xcd -b 64k 14990085 1375717" $mnt/file1
umount $mnt
mount $dev $mnt
xfs_io -f -c "reflink $mnt/file0 6380k 15980k 16k" -c "pwrite -S 0x42 6989927 3450" -c "pwrite -S 0x44 -b 1m 14111304 883483" -c "pread -q 4807521 1326748" -c "pwrite -S 0x41 -b 1m 8844k 4k" -c "pwrite -S 0x42 8483484 892" -c "truncate 15985257" -c "falloc -k 3319083 45515" $mnt/file1
xfs_io -f -c "pwrite -S 0x42 -b 64k 8201002 597" -c "reflink $mnt/file1 10348k 1504k 4k" -c "falloc -k 2192355 297" -c "falloc 7600422 1784" -c "fiemap -v" -c "fpunch 15070775 64855" -c "fzero 1806046 718370" -c "fzero 5090001 62632" $mnt/file0
