# extsim conformance workload, fsxgen.py seed 5 (files up to 4m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "pread -q 949640 983710" -c "pread -q 0 4k" -c "fpunch 3188k 8k" -c "pwrite -S 0x42 -b 1000 1083 44" -c "pwrite -S 0x44 1676k 24k" -c "truncate 848k" -c "pwrite -S 0x43 -b 4k 836k 4k" -c "fzero -k 495492 7472" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 1000 394647 3710" -c "pwrite -S 0xcd 836k 1408k" -c "pread -q 1540556 76822" -c "fpunch 1429169 310789" -c "falloc -k 376k 648k" -c "pwrite -S 0x41 1297313 677504" -c "fiemap -v" $mnt/file0
xfs_io -f -c "pread -q 1049452 2730352" $mnt/file0
xfs_io -f -c "fzero -k 540k 436k" $mnt/file0
xfs_io -f -c "truncate 710053" -c "fpunch 333134 1149389" -c "truncate 148k" -c "fsync" -c "pwrite -S 0xcd -b 64k 88730 11684" -c "sync_range -a 88k 4k" -c "fsync" $mnt/file0
xfs_io -f -c "pread -q 77031 374655" -c "fdatasync" -c "pwrite -S 0x43 -b 64k 80k 948k" -c "falloc 836k 352k" -c "dedupe $mnt/file0 744k 684k 444k" -c "falloc 165332 720694" -c "fdatasync" -c "sync_range -b 860k 552k" $mnt/file0
xfs_io -f -c "fiemap -v" -c "fpunch 378605 3864" -c "pwrite -S 0x41 -b 64k 904k 368k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 484k 764k 0" -c "fpunch 965314 75628" -c "fsync" -c "reflink $mnt/file0" -c "fsync" -c "sync_range -w 1188k 720k" -c "fpunch 1100k 956k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 64k 736343 3129" -c "fsync" -c "pwrite -S 0x44 3076k 440k" -c "truncate 2900k" -c "pwrite -S 0x43 -b 4k 1261657 1053057" -c "fzero -k 99719 3633" -c "pwrite -S 0x42 110757 2233739" -c "fzero -k 1122766 37452" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 2237652 622482" -c "fzero -k 2416k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 1m 3944k 120k" -c "truncate 3104k" -c "pwrite -S 0xcd -b 12k 1201085 1304222" -c "fzero 1784931 561" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 1756k 280k 1348k" -c "pwrite -S 0x44 452k 36k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 2272k 4k" -c "pwrite -S 0xcd -b 4k 1671558 1307" -c "fzero 3064k 4k" -c "pwrite -S 0x43 -b 1000 1217340 34505" -c "truncate 1122235" -c "falloc -k 268k 4k" -c "reflink $mnt/file0" $mnt/file0
xfs_io -f -c "falloc 677980 242" -c "falloc -k 876k 12k" -c "reflink $mnt/file0 284k 768k 32k" -c "reflink $mnt/file0 772k 276k 48k" $mnt/file0
