# extsim conformance workload, fsxgen.py seed 104 (files up to 1m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
sync
xfs_io -f -c "pwrite -S 0xcd -b 1000 2700 676859" -c "pread -q 636k 36k" -c "fpunch 248k 184k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 512 342394 588823" -c "reflink $mnt/file0 96k 40k 60k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 1000 40k 32k" -c "reflink $mnt/file0" -c "pwrite -S 0xcd -b 64k 712k 12k" -c "fpunch 560552 56554" $mnt/file0
xfs_io -f -c "sync_range -a 728k 4k" -c "pwrite -S 0xcd -b 1000 460k 4k" -c "pwrite -S 0x41 321464 1372" -c "fpunch 170712 347289" -c "fsync" -c "pwrite -S 0x41 872k 28k" -c "pwrite -S 0x44 -b 1m 739859 31163" -c "pwrite -S 0x41 176k 228k" $mnt/file0
xfs_io -f -c "falloc 926717 9439" -c "pwrite -S 0x42 606558 60187" -c "fsync" -c "truncate 28k" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 8k 20k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 1m 24k 108k" $mnt/file0
xfs_io -f -c "fzero -k 128k 28k" -c "falloc 36k 308k" -c "pwrite -S 0x42 208980 602789" -c "pread -q 694173 28365" -c "pwrite -S 0x42 -b 4k 485651 27555" -c "pwrite -S 0xcd -b 64k 801041 1197" $mnt/file0
xfs_io -f -c "pread -q 339692 15402" -c "sync_range -a 660k 132k" -c "dedupe $mnt/file0 480k 716k 0" -c "fpunch 620727 3264" -c "truncate 336k" -c "falloc -k 276620 2500" $mnt/file0
