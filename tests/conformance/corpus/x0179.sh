# extsim conformance workload, fsxgen.py seed 179 (files up to 256k)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x43 2560 191327" -c "pwrite -S 0x41 -b 512 43595 25505" -c "fzero -k 12k 4k" -c "fsync" -c "pwrite -S 0x41 -b 1000 147722 22634" $mnt/file0
xfs_io -f -c "fiemap -v" -c "falloc -k 148954 3829" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 24k 16k 28k" -c "pwrite -S 0x42 127970 2889" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 176k 212k 20k" -c "truncate 49956" -c "pwrite -S 0x42 -b 1000 8k 224k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 12k 59695 7432" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 68k 148k 40k" -c "pwrite -S 0xcd 133191 93166" -c "fpunch 159063 87814" -c "fpunch 97151 35849" -c "pwrite -S 0xcd 97999 60974" -c "pwrite -S 0x43 136764 93503" -c "fdatasync" $mnt/file0
touch $mnt/file1
xfs_io -f -c "pwrite -S 0x41 -b 1m 87268 57083" -c "falloc -k 163270 59717" $mnt/file0
xfs_io -f -c "sync_range -a 152k 24k" -c "pwrite -S 0x41 4k 4k" -c "pwrite -S 0x42 -b 64k 105836 23321" -c "pwrite -S 0x41 153055 16648" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 512 867 5078" -c "pwrite -S 0x41 -b 4k 2001 221877" -c "sync_range -w 16k 24k" $mnt/file1
xfs_io -f -c "truncate 26938" -c "fpunch 19271 146093" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 139299 40420" -c "fpunch 120653 112355" -c "pwrite -S 0x43 -b 12k 112351 3723" -c "reflink $mnt/file0 12k 20k 20k" $mnt/file1
xfs_io -f -c "pwrite -S 0x44 19599 60832" $mnt/file0
xfs_io -f -c "fsync" -c "pwrite -S 0x43 -b 1000 59821 78998" -c "pwrite -S 0x42 127050 266" -c "reflink $mnt/file0 24k 64k 52k" $mnt/file0
xfs_io -f -c "falloc 74398 144461" -c "reflink $mnt/file0 68k 276k 16k" -c "pwrite -S 0x41 -b 512 91652 116108" -c "falloc 65525 2039" -c "fpunch 16k 200k" -c "dedupe $mnt/file1 216k 256k 28k" -c "pwrite -S 0x42 -b 1000 209446 3329" $mnt/file1
