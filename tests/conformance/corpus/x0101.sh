# extsim conformance workload, fsxgen.py seed 101 (files up to 1m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "truncate 432k" -c "fpunch 44k 788k" -c "fsync" -c "falloc -k 120k 432k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 172245 413814" -c "fpunch 428k 4k" -c "pwrite -S 0xcd -b 4k 22928 738822" -c "pwrite -S 0x43 -b 1m 291235 1236" $mnt/file0
xfs_io -f -c "fzero -k 189957 689" -c "fdatasync" -c "falloc 463751 3774" $mnt/file0
xfs_io -f -c "fsync" -c "fpunch 170332 40887" -c "falloc -k 560k 236k" -c "truncate 668k" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 1000 324k 12k" -c "pwrite -S 0x44 -b 4k 962214 2757" -c "reflink $mnt/file0 548k 320k 20k" -c "reflink $mnt/file0 408k 652k 0" -c "pwrite -S 0x44 -b 512 252591 44892" -c "reflink $mnt/file0 744k 1048k 452971" -c "fsync" -c "fsync" $mnt/file0
xfs_io -f -c "pread -q 622631 2016" -c "pwrite -S 0x42 -b 64k 920149 87382" -c "pwrite -S 0x43 122150 3374" -c "reflink $mnt/file0 1300k 124k 0" -c "truncate 254138" $mnt/file0
xfs_io -f -c "sync_range -a 36k 728k" -c "pwrite -S 0x42 52k 4k" -c "pwrite -S 0xcd -b 1000 174271 58817" -c "dedupe $mnt/file0 24k 300k 4k" -c "sync_range -w 984k 4k" -c "pwrite -S 0x41 -b 1000 220k 4k" $mnt/file0
xfs_io -f -c "truncate 43458" -c "falloc -k 41523 730928" $mnt/file0
xfs_io -f -c "pread -q 8k 448k" -c "fzero 57051 43151" -c "pwrite -S 0xcd -b 1m 96k 128k" -c "falloc -k 960730 7279" -c "truncate 168k" -c "fzero -k 100740 2900" -c "pwrite -S 0x44 -b 1m 100k 4k" -c "truncate 56230" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 15151 920761" -c "pwrite -S 0xcd -b 4k 11224 299918" -c "truncate 488k" $mnt/file0
xfs_io -f -c "falloc -k 48k 4k" -c "falloc 40106 54689" $mnt/file0
xfs_io -f -c "fdatasync" -c "pwrite -S 0x43 364k 16k" -c "fsync" -c "fdatasync" -c "fdatasync" -c "reflink $mnt/file0 372k 88k 8k" $mnt/file0
xfs_io -f -c "fzero -k 68k 20k" -c "fzero -k 422523 2055" -c "pwrite -S 0x42 76k 232k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 392k 340k 52k" -c "fdatasync" -c "truncate 149824" -c "fpunch 38167 3094" $mnt/file0
xfs_io -f -c "pread -q 52k 12k" -c "pwrite -S 0xcd -b 1000 100k 4k" -c "fiemap -v" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 52k 200k 40k" -c "pwrite -S 0x42 187935 63453" -c "falloc 192k 36k" -c "truncate 168k" -c "dedupe $mnt/file0 160k 88k 4k" -c "fdatasync" $mnt/file0
