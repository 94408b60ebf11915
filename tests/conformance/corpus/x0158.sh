# extsim conformance workload, fsxgen.py seed 158 (files up to 1m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/file0" -c "pwrite -S 0x41 -b 1m 0 4k" -c "fzero -k 2580 1339" -c "dedupe $mnt/file0 0 44k 8k" -c "dedupe $mnt/file0 0 32k 8k" -c "dedupe $mnt/file0 4k 52k 4k" -c "falloc -k 640 463298" -c "truncate 0" $mnt/file0
xfs_io -f -c "truncate 844915" -c "fsync" -c "pwrite -S 0x43 168k 596k" -c "pread -q 476k 200k" -c "reflink $mnt/file0 200k 488k 8k" $mnt/file0
xfs_io -f -c "falloc -k 362163 101488" -c "pwrite -S 0x44 784567 8387" -c "fpunch 15807 56467" -c "pwrite -S 0xcd -b 64k 343725 28799" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 36k 940k" -c "fpunch 391088 49" $mnt/file0
xfs_io -f -c "fpunch 709837 1579" -c "pwrite -S 0x42 413707 375" -c "pwrite -S 0x42 -b 512 300816 29947" -c "pread -q 747457 50332" -c "falloc 257752 203379" -c "reflink $mnt/file0" -c "pwrite -S 0x44 -b 4k 438361 21572" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 1000 732848 79157" -c "falloc -k 708k 4k" $mnt/file0
xfs_io -f -c "falloc -k 53032 2406" -c "truncate 608k" -c "pwrite -S 0x44 114825 751387" $mnt/file0
xfs_io -f -c "fzero 725496 23882" -c "pread -q 648k 17634" -c "fpunch 136k 20k" -c "truncate 132k" -c "pwrite -S 0xcd -b 512 429546 45941" $mnt/file0
xfs_io -f -c "truncate 444314" -c "pwrite -S 0xcd 186043 3333" -c "falloc -k 377711 494801" -c "pwrite -S 0x44 355717 2692" -c "pwrite -S 0x44 -b 64k 110536 1955" -c "pwrite -S 0xcd -b 4k 255926 10827" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 140k 360k 12k" -c "falloc -k 228k 16k" -c "pwrite -S 0x41 151281 3081" -c "fsync" -c "fiemap -v" -c "fzero 260967 567160" -c "pwrite -S 0x43 108k 188k" $mnt/file0
sync
xfs_io -f -c "pwrite -S 0xcd -b 512 703327 5496" $mnt/file0
xfs_io -f -c "fiemap -v" -c "reflink $mnt/file0 760k 500k 40k" -c "truncate 296k" -c "pwrite -S 0x41 102727 1788" -c "fpunch 789940 182165" -c "fsync" -c "fpunch 101581 206228" -c "pwrite -S 0x42 288k 4k" $mnt/file0
xfs_io -f -c "fsync" -c "sync_range -w 232k 392k" -c "pwrite -S 0x43 -b 1m 144k 8k" -c "truncate 357464" -c "pwrite -S 0x43 -b 4k 176k 4k" -c "reflink $mnt/file0 272k 412k 78936" -c "truncate 4254" -c "fpunch 0 68k" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 682051 355623" -c "pwrite -S 0x42 -b 512 759282 1101" -c "pwrite -S 0xcd -b 1m 732963 6451" $mnt/file0
xfs_io -f -c "falloc -k 100265 54570" $mnt/file0
xfs_io -f -c "pread -q 847834 3543" -c "pwrite -S 0x41 -b 512 566769 402256" -c "falloc 31260 3919" -c "pwrite -S 0x44 -b 1m 110235 583203" -c "reflink $mnt/file0" $mnt/file0
