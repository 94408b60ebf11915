# extsim conformance workload, fsxgen.py seed 161 (files up to 1m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "dedupe $mnt/file1 0 4k 4k" $mnt/file1
xfs_io -f -c "pwrite -S 0x44 546705 475486" -c "fzero -k 712k 272k" -c "pwrite -S 0x44 -b 64k 336k 48k" -c "pwrite -S 0x41 488k 56k" -c "truncate 160791" -c "pread -q 428244 51872" -c "fsync" -c "pwrite -S 0xcd -b 4k 126878 1457" $mnt/file0
sync
xfs_io -f -c "fzero -k 0 128k" -c "pwrite -S 0x41 3626 35599" -c "falloc -k 24570 19959" -c "pwrite -S 0xcd -b 12k 24k 4k" $mnt/file1
xfs_io -f -c "pwrite -S 0x43 85526 650883" -c "fpunch 131146 22248" -c "pread -q 961476 4033" -c "fpunch 640365 2316" -c "pwrite -S 0x41 -b 12k 452k 488k" -c "pread -q 763997 148894" -c "truncate 792k" $mnt/file1
xfs_io -f -c "reflink $mnt/file0 148k 68k 16k" -c "falloc -k 7498 621070" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 240k 452k" -c "reflink $mnt/file1 172k 268k 48k" $mnt/file1
sync
xfs_io -f -c "pwrite -S 0xcd -b 512 4k 560k" -c "pwrite -S 0x42 -b 64k 428k 40k" -c "fsync" -c "falloc -k 200k 4k" -c "fiemap -v" -c "pwrite -S 0x41 -b 4k 80k 76k" -c "sync_range -b 232k 4k" -c "pwrite -S 0x41 32k 28k" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 680808 21599" -c "pwrite -S 0x43 -b 1m 40k 628k" -c "pwrite -S 0x43 419613 742" -c "pwrite -S 0x43 594292 317795" -c "fpunch 856k 92k" -c "pwrite -S 0x43 376k 4k" -c "pwrite -S 0xcd 698035 271093" -c "reflink $mnt/file0" $mnt/file1
xfs_io -f -c "pwrite -S 0x42 649001 58352" -c "fzero 648k 4k" -c "fpunch 448706 670" -c "pwrite -S 0x43 520k 16k" -c "pwrite -S 0xcd -b 12k 84k 4k" $mnt/file1
xfs_io -f -c "truncate 116k" $mnt/file1
xfs_io -f -c "fdatasync" -c "pwrite -S 0x43 34471 129561" -c "pread -q 128k 36k" -c "falloc -k 77971 24023" -c "fpunch 45016 552993" -c "falloc -k 216k 4k" -c "truncate 72k" $mnt/file1
xfs_io -f -c "fsync" $mnt/file1
xfs_io -f -c "reflink $mnt/file0 512k 376k 24k" -c "truncate 195660" -c "fpunch 28k 48k" -c "pwrite -S 0x43 -b 1m 28k 28k" -c "pwrite -S 0x42 -b 512 124k 536k" -c "reflink $mnt/file1 60k 576k 0" -c "pwrite -S 0x42 420k 532k" -c "truncate 397553" $mnt/file0
