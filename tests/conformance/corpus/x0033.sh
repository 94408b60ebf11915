# extsim conformance workload, fsxgen.py seed 33 (files up to 1m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "dedupe $mnt/file0 0 36k 4k" -c "truncate 110306" -c "reflink $mnt/file0 32k 80k 77538" -c "pwrite -S 0x42 -b 4k 436k 4k" -c "sync_range -b 0 536k" -c "truncate 796k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0" -c "pwrite -S 0x44 -b 1000 56k 280k" -c "fpunch 618271 411651" -c "truncate 8k" -c "falloc 3994 3634" -c "dedupe $mnt/file0 4k 60k 0" $mnt/file0
xfs_io -f -c "truncate 4k" -c "reflink $mnt/file0 4k 40k 4k" -c "pwrite -S 0x44 18754 46346" -c "falloc -k 73059 1868" -c "truncate 163967" -c "pwrite -S 0x41 159634 529" -c "fdatasync" -c "fpunch 1777 54188" $mnt/file0
sync
xfs_io -f -c "pwrite -S 0x44 -b 512 55015 14777" -c "truncate 34339" -c "fzero -k 21418 43577" -c "falloc 12k 4k" -c "pread -q 8k 60k" -c "fsync" -c "fzero -k 12k 4k" -c "pwrite -S 0x41 16k 36k" $mnt/file0
xfs_io -f -c "truncate 0" -c "falloc -k 959 50245" -c "falloc 0 48k" -c "pwrite -S 0x43 13069 899229" -c "truncate 653067" $mnt/file0
xfs_io -f -c "fpunch 773675 82973" -c "truncate 32k" -c "pwrite -S 0x41 8k 132k" -c "pwrite -S 0xcd 38522 3261" -c "fsync" -c "fpunch 112k 216k" -c "sync_range -b 368k 288k" -c "fpunch 108618 14682" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 1000 408347 472273" -c "fiemap -v" -c "fpunch 735317 1617" -c "pwrite -S 0x43 744k 168k" -c "falloc 184k 4k" $mnt/file0
xfs_io -f -c "truncate 908018" -c "reflink $mnt/file0 356k 248k 4k" -c "fzero -k 271857 318251" -c "fpunch 406487 40321" -c "pwrite -S 0x43 -b 4k 841017 92014" -c "truncate 0" $mnt/file0
xfs_io -f -c "fsync" -c "fdatasync" -c "truncate 314655" -c "reflink $mnt/file0 84k 320k 24k" -c "pwrite -S 0x43 -b 64k 64785 1569" -c "reflink $mnt/file0 176k 84k 24k" -c "pwrite -S 0x44 12k 16k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 316k 300k 28k" -c "fsync" -c "falloc 44k 16k" -c "fzero 671968 110339" -c "reflink $mnt/file0 140k 208k 0" -c "fsync" -c "pread -q 106053 29595" -c "fsync" $mnt/file0
