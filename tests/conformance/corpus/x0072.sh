# extsim conformance workload, fsxgen.py seed 72 (files up to 1m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x43 -b 512 1818 848325" -c "pwrite -S 0x43 -b 1000 437194 282470" -c "fzero 521616 39334" -c "fdatasync" -c "falloc -k 440k 4k" -c "pwrite -S 0x44 307306 63904" $mnt/file0
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "pwrite -S 0x41 -b 12k 650 478650" -c "pwrite -S 0xcd 184k 24k" -c "truncate 307779" -c "fpunch 260477 2154" $mnt/file1
xfs_io -f -c "truncate 500695" -c "reflink $mnt/file0 268k 508k 52k" $mnt/file0
xfs_io -f -c "fzero 60787 175065" -c "sync_range -w 12k 848k" -c "pwrite -S 0x43 240914 1779" -c "pwrite -S 0x41 -b 512 33271 14038" -c "falloc -k 166985 753852" $mnt/file1
xfs_io -f -c "pwrite -S 0x41 72k 240k" -c "reflink $mnt/file0 12k 560k 12k" $mnt/file0
xfs_io -f -c "reflink $mnt/file1 52k 548k 40k" -c "truncate 131797" -c "pwrite -S 0x43 -b 1m 72516 281893" -c "fsync" $mnt/file0
xfs_io -f -c "sync_range -a 4k 4k" -c "falloc 220k 212k" -c "pwrite -S 0x41 139412 349306" -c "pread -q 135867 811399" $mnt/file1
xfs_io -f -c "pwrite -S 0x44 72104 18469" -c "truncate 528132" -c "falloc 514927 1184" -c "pwrite -S 0xcd 225132 232334" -c "dedupe $mnt/file1 264k 520k 64k" -c "pwrite -S 0x43 193633 736" -c "fiemap -v" $mnt/file0
