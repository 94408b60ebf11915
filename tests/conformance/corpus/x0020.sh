# extsim conformance workload, fsxgen.py seed 20 (files up to 1m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "fpunch 1k 497451" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 -b 64k 0 436k" -c "fpunch 16k 12k" -c "pwrite -S 0x41 -b 64k 144k 704k" -c "pwrite -S 0xcd -b 1m 224k 4k" -c "truncate 728529" -c "fiemap -v" -c "fpunch 574205 82172" $mnt/file0
xfs_io -f -c "fdatasync" -c "fpunch 620k 4k" -c "fpunch 80k 4k" $mnt/file0
umount $mnt
mount $dev $mnt
xfs_io -f -c "fsync" -c "pwrite -S 0x41 -b 1m 477336 13289" -c "pwrite -S 0x42 -b 512 676k 336k" -c "pwrite -S 0x42 164168 1107" -c "fpunch 220k 24k" -c "pwrite -S 0x42 -b 512 396k 8k" -c "pwrite -S 0x43 -b 64k 988051 2429" -c "pwrite -S 0x44 -b 4k 289642 3175" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 962489 574" -c "reflink $mnt/file0 180k 568k 832k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 160k 1192k 40k" -c "reflink $mnt/file0 768k 1148k 632k" -c "fpunch 652k 24k" -c "truncate 706011" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 123679 251200" -c "pwrite -S 0x44 -b 64k 540k 4k" -c "pread -q 609464 325403" $mnt/file0
xfs_io -f -c "truncate 131747" -c "pread -q 85905 16153" -c "truncate 397362" -c "pwrite -S 0xcd -b 512 246890 17889" -c "reflink $mnt/file0 84k 172k 311346" -c "pread -q 36k 40k" -c "sync_range -b 240k 728k" -c "reflink $mnt/file0 68k 316k 56k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 512 60k 56k" -c "reflink $mnt/file0 368k 208k 28k" -c "fpunch 271895 24088" -c "fsync" -c "fdatasync" -c "falloc -k 175759 154225" -c "pwrite -S 0x44 431613 954" -c "fdatasync" $mnt/file0
xfs_io -f -c "fpunch 375902 22741" -c "pwrite -S 0x42 -b 4k 393008 165938" -c "pwrite -S 0xcd 456k 340k" -c "pwrite -S 0x43 -b 4k 531731 2342" -c "pread -q 843539 2979" -c "pwrite -S 0x44 180k 28k" -c "fpunch 792247 51010" -c "fsync" $mnt/file0
xfs_io -f -c "truncate 973781" -c "reflink $mnt/file0 456k 192k 0" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 -b 1000 307006 1017" -c "sync_range -a 384k 624k" -c "reflink $mnt/file0 876k 52k 0" -c "pwrite -S 0x43 185821 27570" -c "pwrite -S 0x43 596k 4k" -c "fzero 156k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 -b 12k 0 804k" -c "truncate 32k" -c "sync_range -b 860k 116k" -c "truncate 28155" -c "pwrite -S 0xcd -b 1m 0 752k" -c "fiemap -v" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 541124 100" -c "reflink $mnt/file0 232k 460k 48k" -c "dedupe $mnt/file0 732k 64k 12k" -c "fzero 968490 1489" -c "fdatasync" -c "sync_range -w 572k 24k" $mnt/file0
xfs_io -f -c "fdatasync" -c "fiemap -v" -c "fpunch 516480 2451" -c "fiemap -v" -c "pwrite -S 0x43 -b 1000 297215 23340" -c "pwrite -S 0xcd -b 12k 11386 1539" $mnt/file0
