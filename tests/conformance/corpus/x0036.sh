# extsim conformance workload, fsxgen.py seed 36 (files up to 256k)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
sync
xfs_io -f -c "fsync" -c "truncate 213830" -c "falloc -k 127564 43951" -c "fzero 77153 64451" -c "truncate 84k" -c "falloc 28522 97488" $mnt/file0
xfs_io -f -c "pread -q 66559 118667" $mnt/file0
xfs_io -f -c "truncate 20k" -c "pread -q 17856 3117" -c "falloc 8313 811" -c "pwrite -S 0x41 4835 23747" $mnt/file0
xfs_io -f -c "truncate 9834" -c "pwrite -S 0x44 -b 12k 1310 180053" -c "pwrite -S 0x42 -b 512 105107 36990" -c "pwrite -S 0x44 76k 8k" -c "pwrite -S 0x42 -b 4k 130037 46769" $mnt/file0
xfs_io -f -c "fzero -k 109688 23814" -c "fsync" $mnt/file0
xfs_io -f -c "reflink $mnt/file0" -c "fiemap -v" -c "sync_range -a 16k 12k" $mnt/file0
xfs_io -f -c "sync_range -b 16k 100k" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 174004 546" -c "pwrite -S 0xcd -b 512 100k 132k" -c "fpunch 3540 151401" -c "fiemap -v" -c "pwrite -S 0xcd -b 1m 2280 84554" -c "dedupe $mnt/file0 232k 52k 4k" -c "falloc -k 38563 1801" $mnt/file0
xfs_io -f -c "falloc -k 2203 103393" -c "pwrite -S 0x44 -b 1000 145616 2672" -c "fzero -k 232400 23389" -c "fsync" -c "pwrite -S 0x41 108k 84k" -c "reflink $mnt/file0 44k 220k 16k" $mnt/file0
xfs_io -f -c "falloc 37792 1638" -c "fdatasync" $mnt/file0
xfs_io -f -c "falloc 72k 92k" -c "pwrite -S 0x41 184k 20k" -c "fpunch 174900 17879" -c "reflink $mnt/file0 8k 120k 0" -c "falloc 106210 98075" -c "truncate 56k" $mnt/file0
xfs_io -f -c "pread -q 48479 33865" -c "pwrite -S 0x44 -b 1m 7471 927" -c "reflink $mnt/file0 20k 44k 0" -c "pwrite -S 0x43 -b 1000 64k 4k" -c "pwrite -S 0x42 52k 56k" -c "pwrite -S 0x41 4033 1896" -c "falloc 58923 175773" -c "reflink $mnt/file0 52k 236k 32k" $mnt/file0
