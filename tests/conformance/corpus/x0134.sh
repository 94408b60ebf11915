# extsim conformance workload, fsxgen.py seed 134 (files up to 1m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "pwrite -S 0x43 -b 64k 0 4k" -c "truncate 550509" -c "reflink $mnt/file1 0 264k 4k" -c "sync_range -a 292k 512k" -c "fdatasync" -c "pwrite -S 0x42 -b 4k 140k 4k" -c "reflink $mnt/file1 0 256k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 0 4k" -c "pwrite -S 0x43 0 4k" -c "sync_range -w 0 8k" $mnt/file1
xfs_io -f -c "fzero 45742 5682" -c "falloc 252k 240k" -c "pread -q 28k 568k" -c "sync_range -w 48k 832k" -c "sync_range -a 276k 388k" -c "reflink $mnt/file1 4k 252k 4k" -c "fzero -k 324956 2157" $mnt/file0
xfs_io -f -c "sync_range -a 188k 20k" -c "pwrite -S 0x44 -b 1000 229682 58290" -c "fiemap -v" -c "pwrite -S 0x44 252k 556k" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 1461 242152" -c "falloc 105907 3311" -c "fzero -k 180k 464k" -c "reflink $mnt/file0 540k 32k 60k" $mnt/file1
xfs_io -f -c "fpunch 176k 60k" -c "pwrite -S 0xcd 259152 1193" -c "fdatasync" -c "fpunch 170307 563487" -c "truncate 16700" -c "fiemap -v" $mnt/file1
xfs_io -f -c "pwrite -S 0x41 8k 484k" -c "pwrite -S 0x43 -b 4k 473674 139562" $mnt/file1
xfs_io -f -c "dedupe $mnt/file1 24k 508k 64k" -c "pwrite -S 0x41 468k 36k" -c "pwrite -S 0x42 444k 4k" $mnt/file0
xfs_io -f -c "fzero -k 804k 4k" -c "fpunch 196k 140k" -c "sync_range -a 964k 16k" -c "truncate 104k" -c "fiemap -v" -c "truncate 5394" $mnt/file0
xfs_io -f -c "truncate 460k" -c "pwrite -S 0xcd -b 512 830786 62190" -c "pwrite -S 0x42 -b 64k 442930 3900" -c "pwrite -S 0x44 -b 64k 378279 29593" -c "reflink $mnt/file0 8k 196k 4k" -c "pread -q 724922 3071" -c "falloc 598555 240391" -c "dedupe $mnt/file1 136k 36k 44k" $mnt/file1
xfs_io -f -c "reflink $mnt/file0 8k 16k 4k" -c "fpunch 12k 332k" -c "fsync" -c "falloc -k 17456 888" -c "pwrite -S 0xcd -b 64k 16k 4k" -c "pwrite -S 0x44 -b 64k 11912 906929" $mnt/file0
xfs_io -f -c "truncate 172k" -c "dedupe $mnt/file0 548k 48k 56k" -c "fdatasync" -c "pwrite -S 0x43 -b 12k 102842 764670" -c "pwrite -S 0x42 464k 212k" -c "fpunch 310687 330519" -c "pread -q 229595 2476" $mnt/file1
