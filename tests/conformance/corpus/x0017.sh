# extsim conformance workload, fsxgen.py seed 17 (files up to 16m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "pwrite -S 0x44 13748k 648k" -c "pwrite -S 0xcd 13633316 19781" $mnt/file1
xfs_io -f -c "fsync" -c "pwrite -S 0x44 2532 1373448" -c "reflink $mnt/file0 836k 1036k 4k" -c "fdatasync" -c "pwrite -S 0x41 105477 6288588" -c "fpunch 2036k 116k" $mnt/file0
xfs_io -f -c "fiemap -v" -c "fsync" -c "fsync" -c "fsync" $mnt/file1
xfs_io -f -c "falloc -k 9416k 684k" -c "falloc -k 7760k 4k" -c "pwrite -S 0xcd -b 1m 8135370 1134" -c "falloc -k 4940k 4k" -c "fsync" $mnt/file1
xfs_io -f -c "pwrite -S 0x44 11324k 512k" -c "fzero 10428k 28k" -c "pread -q 1651420 9838278" -c "falloc 6843212 1298555" -c "pwrite -S 0xcd 3092k 56k" -c "fdatasync" $mnt/file1
xfs_io -f -c "fdatasync" -c "pwrite -S 0x43 -b 1000 5142010 771656" -c "fpunch 4350636 87" -c "pwrite -S 0x42 -b 64k 5997909 7778527" -c "fsync" -c "fsync" $mnt/file0
xfs_io -f -c "pread -q 7656k 672k" -c "pwrite -S 0x43 -b 1m 10928k 4k" -c "reflink $mnt/file0 1616k 12744k 4k" -c "pwrite -S 0xcd 6710539 3508" -c "pwrite -S 0xcd 4412k 708k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 512 2715100 2334" -c "pwrite -S 0x41 -b 1000 8295799 928073" -c "dedupe $mnt/file1 5084k 11220k 9312k" -c "sync_range -a 4968k 168k" -c "fpunch 8779915 18699" -c "pwrite -S 0x42 -b 1000 16548222 106731" -c "pwrite -S 0x43 5397089 8419559" $mnt/file1
xfs_io -f -c "sync_range -a 112k 4k" -c "pwrite -S 0x41 -b 4k 12690832 22326" -c "truncate 12811349" -c "pwrite -S 0xcd 5172526 5461511" -c "reflink $mnt/file0 13400k 12368k 44k" $mnt/file1
xfs_io -f -c "pwrite -S 0x43 14292k 1104k" -c "fpunch 14785455 24987" -c "pwrite -S 0x43 -b 4k 5906015 6776746" -c "fpunch 13921869 24819" $mnt/file1
xfs_io -f -c "pwrite -S 0xcd -b 1m 2393940 11055438" -c "pwrite -S 0x44 -b 12k 7410729 1076" -c "pwrite -S 0x42 5612071 42821" -c "pwrite -S 0x42 6820243 1668768" $mnt/file1
xfs_io -f -c "pwrite -S 0x43 -b 512 588k 4k" -c "reflink $mnt/file1 10604k 6200k 8k" -c "pwrite -S 0x43 -b 64k 10264575 456" -c "fzero -k 1804820 3047" -c "fpunch 8076k 448k" -c "pwrite -S 0x41 -b 64k 5843817 50108" -c "pwrite -S 0x44 15467781 25810" -c "pwrite -S 0x43 -b 1000 610845 788" $mnt/file1
xfs_io -f -c "fiemap -v" -c "falloc -k 6438996 3780" -c "truncate 10850651" -c "pwrite -S 0x41 10845936 2490642" -c "fiemap -v" $mnt/file1
