# extsim conformance workload, fsxgen.py seed 172 (files up to 1m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "fsync" -c "fpunch 405 933442" -c "truncate 199138" -c "pwrite -S 0x42 -b 512 58823 284472" -c "fpunch 223236 664371" -c "fzero 206691 3267" -c "fpunch 217453 3432" -c "falloc -k 327249 441450" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 107802 33139" -c "dedupe $mnt/file0 276k 160k 40k" -c "truncate 28k" -c "reflink $mnt/file0 0 84k 8k" -c "reflink $mnt/file0 28k 24k 40k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 32k 24k 32k" -c "fsync" -c "falloc -k 68507 793958" -c "fzero -k 32k 512k" -c "fpunch 196k 716k" -c "truncate 20500" -c "pread -q 3977 960582" $mnt/file0
xfs_io -f -c "fpunch 15069 26611" -c "falloc -k 697270 273063" -c "truncate 796k" -c "fdatasync" -c "pwrite -S 0x42 -b 1000 546898 94221" $mnt/file0
xfs_io -f -c "falloc -k 669108 44384" $mnt/file0
xfs_io -f -c "truncate 720k" -c "falloc 142657 807645" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 4k 724k 28k" -c "pwrite -S 0x44 -b 1m 157689 789111" -c "pwrite -S 0x43 -b 12k 501757 291774" -c "sync_range -a 596k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 512 170149 3204" $mnt/file0
xfs_io -f -c "falloc -k 731203 284896" -c "fpunch 432483 554211" -c "fpunch 800k 4k" -c "pwrite -S 0x43 922404 82475" -c "fdatasync" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 64k 264k 4k" -c "fiemap -v" -c "pwrite -S 0x44 -b 4k 717932 50105" -c "reflink $mnt/file0 912k 632k 16k" -c "pwrite -S 0xcd -b 4k 224244 392157" $mnt/file0
xfs_io -f -c "falloc -k 537672 21729" -c "fpunch 952k 4k" -c "dedupe $mnt/file0 280k 660k 718159" -c "dedupe $mnt/file0 236k 912k 0" -c "falloc 986833 3466" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 1000 406135 115004" -c "reflink $mnt/file0 728k 808k 52k" -c "pwrite -S 0xcd 559341 19953" -c "pwrite -S 0x41 906739 15518" -c "fpunch 908k 32k" -c "pread -q 249697 47362" -c "fiemap -v" $mnt/file0
