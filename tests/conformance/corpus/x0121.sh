# extsim conformance workload, fsxgen.py seed 121 (files up to 1m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "truncate 864k" -c "fiemap -v" -c "fpunch 449424 473031" -c "fiemap -v" -c "pwrite -S 0x44 804k 4k" -c "fsync" $mnt/file0
xfs_io -f -c "fpunch 940k 44k" -c "fiemap -v" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 49615 28467" -c "pwrite -S 0x41 404k 588k" -c "pwrite -S 0x43 208k 4k" $mnt/file0
xfs_io -f -c "falloc -k 837688 85206" -c "truncate 776k" $mnt/file0
xfs_io -f -c "fzero -k 518843 51475" -c "pwrite -S 0x42 -b 4k 96k 4k" -c "reflink $mnt/file0 220k 592k 556k" -c "reflink $mnt/file0" -c "pread -q 776k 196k" -c "pwrite -S 0x43 -b 1000 396k 48k" -c "pwrite -S 0xcd -b 1m 500661 130595" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 920k 24k" -c "pwrite -S 0x44 -b 1000 184k 132k" -c "fsync" -c "dedupe $mnt/file0 804k 896k 0" -c "pwrite -S 0x41 -b 4k 524274 408641" $mnt/file0
xfs_io -f -c "fpunch 539709 2761" -c "pread -q 692k 52k" $mnt/file0
xfs_io -f -c "fdatasync" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 300k 888k 4k" -c "reflink $mnt/file0 792k 496k 36k" -c "pwrite -S 0x42 -b 512 796k 20k" -c "fzero -k 78302 61647" -c "fdatasync" -c "reflink $mnt/file0 1128k 1060k 24k" -c "pwrite -S 0x41 -b 1m 199832 14460" $mnt/file0
