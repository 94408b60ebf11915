# extsim conformance workload, fsxgen.py seed 132 (files up to 1m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "fsync" -c "pwrite -S 0x44 0 172k" $mnt/file0
xfs_io -f -c "falloc 87506 8284" -c "fiemap -v" -c "falloc -k 154959 47065" -c "truncate 34398" -c "fzero 6805 131109" -c "fiemap -v" $mnt/file0
xfs_io -f -c "falloc -k 95781 2225" -c "pwrite -S 0xcd 40945 18328" -c "pwrite -S 0xcd 2730 783714" -c "falloc 928k 4k" -c "dedupe $mnt/file0 112k 8k 52k" -c "fpunch 504k 208k" $mnt/file0
xfs_io -f -c "falloc 592k 24k" -c "fzero 70640 786" $mnt/file0
xfs_io -f -c "falloc 700320 110870" -c "falloc -k 372k 344k" -c "fzero 888k 4k" -c "pread -q 464699 2346" -c "pwrite -S 0xcd -b 1m 657568 29175" -c "pwrite -S 0x43 -b 512 116k 4k" $mnt/file0
xfs_io -f -c "falloc 786944 2252" -c "fsync" -c "falloc 799556 1277" -c "fzero 808k 48k" -c "pwrite -S 0x43 285754 463995" -c "pwrite -S 0x42 835496 1089" $mnt/file0
xfs_io -f -c "fpunch 204817 1167" $mnt/file0
sync
xfs_io -f -c "fdatasync" -c "falloc -k 212960 52428" -c "dedupe $mnt/file0 664k 260k 0" -c "fzero 843186 4710" -c "falloc -k 320743 3437" $mnt/file0
xfs_io -f -c "truncate 536464" -c "truncate 203298" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 88k 240k 28k" -c "pwrite -S 0x41 -b 12k 180k 4k" -c "reflink $mnt/file0 64k 260k 60k" -c "truncate 812k" -c "fsync" -c "reflink $mnt/file0 184k 560k 56k" $mnt/file0
xfs_io -f -c "fzero -k 221408 573730" $mnt/file0
xfs_io -f -c "fpunch 40k 4k" -c "pwrite -S 0xcd -b 4k 765262 1653" -c "pwrite -S 0xcd 491432 361100" -c "pread -q 96k 320k" -c "reflink $mnt/file0 428k 564k 36k" $mnt/file0
xfs_io -f -c "fpunch 440k 120k" -c "pwrite -S 0x41 212k 4k" $mnt/file0
umount $mnt
mount $dev $mnt
xfs_io -f -c "truncate 327470" -c "pwrite -S 0xcd -b 1m 37512 31485" -c "pwrite -S 0x41 -b 64k 37781 1921" -c "pwrite -S 0x41 124k 752k" -c "sync_range -b 508k 40k" -c "falloc 563805 37" $mnt/file0
