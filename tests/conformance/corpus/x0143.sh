# extsim conformance workload, fsxgen.py seed 143 (files up to 256k)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "pwrite -S 0x44 -b 12k 2420 26193" -c "reflink $mnt/file0 0 36k 4k" -c "pwrite -S 0x42 102463 55715" -c "dedupe $mnt/file0 0 196k 4k" -c "reflink $mnt/file1 32k 136k 12k" -c "pwrite -S 0xcd 117296 48202" -c "falloc -k 8k 4k" -c "sync_range -w 52k 56k" $mnt/file1
xfs_io -f -c "pwrite -S 0x41 -b 4k 69676 59840" -c "fpunch 30465 163419" -c "pwrite -S 0x43 -b 1m 76k 4k" -c "reflink $mnt/file1 92k 72k 8k" -c "fsync" -c "reflink $mnt/file1 36k 108k 36k" -c "pwrite -S 0x41 161452 21062" -c "sync_range -w 148k 60k" $mnt/file1
xfs_io -f -c "pwrite -S 0x43 98363 35491" -c "sync_range -a 112k 56k" -c "pwrite -S 0x41 -b 12k 169383 161" -c "sync_range -a 24k 52k" -c "dedupe $mnt/file0 0 208k 0" -c "reflink $mnt/file1 48k 104k 133362" $mnt/file1
xfs_io -f -c "pwrite -S 0x42 -b 64k 122 187393" -c "pwrite -S 0x43 188k 60k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 60k 212k 44k" -c "pwrite -S 0xcd -b 4k 254106 2679" -c "reflink $mnt/file1 44k 4k 0" -c "truncate 182690" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 104k 168k 36k" -c "fzero -k 229448 6" -c "fsync" -c "pread -q 104062 132283" -c "sync_range -a 88k 32k" $mnt/file1
xfs_io -f -c "falloc 100k 108k" -c "pwrite -S 0xcd -b 12k 184387 1606" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 188k 64k 8k" -c "fpunch 146064 1418" -c "sync_range -b 148k 80k" -c "fzero -k 240k 4k" -c "fpunch 196787 28938" $mnt/file0
xfs_io -f -c "falloc 141781 70412" -c "fsync" -c "falloc 152979 13974" -c "sync_range -b 192k 4k" -c "fsync" $mnt/file0
