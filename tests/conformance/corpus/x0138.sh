# extsim conformance workload, fsxgen.py seed 138 (files up to 16m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "pwrite -S 0xcd 1694 4001" -c "pwrite -S 0x41 0 4k" -c "pwrite -S 0x41 -b 64k 5578 38943" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 32928 241" -c "fzero -k 40k 132k" -c "pwrite -S 0x41 -b 1000 1204k 4k" -c "pwrite -S 0x44 -b 1m 699680 2206" -c "truncate 1100259" -c "fzero -k 883601 9127163" -c "fzero 642179 30009" $mnt/file0
xfs_io -f -c "fpunch 153026 19129" -c "truncate 956862" $mnt/file0
xfs_io -f -c "fpunch 1735 3417" -c "dedupe $mnt/file1 0 12k 4k" -c "sync_range -b 0 6884k" -c "fiemap -v" -c "fzero 0 60k" -c "pwrite -S 0x41 40k 4k" -c "reflink $mnt/file1 60k 60k 0" $mnt/file1
xfs_io -f -c "pread -q 5277 1415" -c "fpunch 56843 63605" -c "reflink $mnt/file1 8k 24k 44k" -c "falloc -k 18455 3644" $mnt/file1
xfs_io -f -c "reflink $mnt/file0 396k 284k 16k" -c "falloc -k 2428990 2000" $mnt/file0
xfs_io -f -c "fdatasync" -c "pwrite -S 0xcd 5234651 4295504" -c "fpunch 2740k 656k" $mnt/file1
xfs_io -f -c "reflink $mnt/file0 928k 708k 4k" -c "pwrite -S 0x42 -b 512 499387 5860" -c "pwrite -S 0x44 -b 12k 821360 18012" -c "truncate 516k" -c "falloc -k 421070 156815" -c "reflink $mnt/file1 6152k 376k 48k" -c "pwrite -S 0xcd -b 4k 7688k 444k" -c "reflink $mnt/file1 5560k 7844k 24k" $mnt/file0
xfs_io -f -c "fdatasync" -c "pwrite -S 0x41 -b 512 438388 9686959" -c "pwrite -S 0x41 -b 1m 1607035 1930" -c "pwrite -S 0xcd -b 1000 7160k 132k" -c "pwrite -S 0x44 -b 4k 8701103 342091" -c "pwrite -S 0x43 1440k 4k" -c "reflink $mnt/file0 2928k 9436k 7127075" $mnt/file0
