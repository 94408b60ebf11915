# extsim conformance workload, fsxgen.py seed 194 (files up to 256k)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "fsync" -c "fpunch 881 54708" -c "pwrite -S 0x42 -b 512 846 46264" -c "pwrite -S 0x44 30032 57985" -c "pwrite -S 0xcd -b 12k 55354 68790" -c "pwrite -S 0x43 60k 156k" -c "fpunch 37102 85939" -c "fpunch 205033 2605" $mnt/file0
xfs_io -f -c "falloc -k 20k 40k" -c "fpunch 176k 44k" -c "falloc -k 143084 103" -c "pwrite -S 0x44 100k 136k" -c "fpunch 131587 54047" -c "pwrite -S 0x44 -b 64k 136k 24k" -c "falloc 152k 92k" $mnt/file0
xfs_io -f -c "fiemap -v" -c "pwrite -S 0x44 138346 28591" $mnt/file0
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "pwrite -S 0x43 -b 1m 785 6489" $mnt/file1
xfs_io -f -c "fsync" -c "fzero 148 2494" $mnt/file1
xfs_io -f -c "pwrite -S 0x43 21188 169100" -c "pwrite -S 0x41 -b 1000 141920 86571" -c "fsync" -c "pwrite -S 0x42 97170 147356" -c "fdatasync" -c "sync_range -a 72k 96k" -c "pread -q 73045 144815" $mnt/file0
sync
xfs_io -f -c "pwrite -S 0x43 -b 1000 76926 174935" -c "fpunch 188k 40k" -c "pwrite -S 0x42 184k 48k" -c "falloc 8k 72k" -c "fpunch 60k 128k" -c "reflink $mnt/file1 80k 52k 169941" -c "pwrite -S 0x41 -b 4k 20k 20k" $mnt/file1
xfs_io -f -c "pwrite -S 0x43 228k 4k" -c "fzero -k 124k 24k" -c "falloc -k 77037 39363" -c "sync_range -w 144k 4k" $mnt/file0
xfs_io -f -c "fsync" -c "pwrite -S 0xcd -b 1m 197520 2935" -c "falloc -k 68k 16k" -c "fiemap -v" $mnt/file0
xfs_io -f -c "truncate 166685" -c "truncate 248k" -c "pwrite -S 0x42 119930 50847" $mnt/file0
btrfs subvolume snapshot $mnt $mnt/snap1
xfs_io -f -c "fpunch 44k 4k" -c "reflink $mnt/file0 176k 56k 20k" -c "fiemap -v" -c "fpunch 164k 4k" -c "pwrite -S 0x44 59366 29376" -c "dedupe $mnt/file1 180k 32k 52k" -c "pwrite -S 0x42 136k 48k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 4k 212k 8k" -c "fdatasync" -c "truncate 200k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 156k 40k" -c "reflink $mnt/file0" -c "fzero -k 185906 61718" -c "pwrite -S 0x44 89056 101282" -c "fpunch 12950 2190" -c "falloc -k 48510 82478" -c "pwrite -S 0x43 -b 4k 140877 2919" -c "fpunch 8k 204k" $mnt/file1
xfs_io -f -c "falloc 80k 40k" -c "pwrite -S 0x44 -b 12k 52k 68k" -c "truncate 216k" -c "reflink $mnt/file0 128k 256k 52k" -c "pwrite -S 0xcd 216k 28k" -c "pwrite -S 0x43 189386 53081" -c "falloc 61569 3129" -c "fdatasync" $mnt/file0
