# extsim conformance workload, fsxgen.py seed 67 (files up to 256k)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/file0 0 4k 4k" -c "fpunch 4k 60k" -c "fpunch 6514 20018" -c "falloc 7279 50967" -c "falloc -k 0 88k" -c "pwrite -S 0x43 -b 512 125725 20356" -c "fdatasync" -c "fzero -k 136k 4k" $mnt/file0
xfs_io -f -c "truncate 200076" -c "pread -q 74298 127426" $mnt/file0
xfs_io -f -c "truncate 131432" -c "dedupe $mnt/file0 8k 164k 0" -c "truncate 64679" -c "pwrite -S 0xcd 149787 7083" -c "fsync" -c "pwrite -S 0x41 -b 12k 79751 1844" -c "fpunch 29282 179877" -c "reflink $mnt/file0 88k 152k 8k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 64k 16555 75772" -c "pwrite -S 0x43 236584 22749" $mnt/file0
xfs_io -f -c "fsync" -c "fdatasync" -c "reflink $mnt/file0 88k 160k 4k" -c "fsync" -c "pwrite -S 0xcd 28k 16k" $mnt/file0
xfs_io -f -c "fpunch 104k 48k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 1m 203941 37081" -c "pwrite -S 0x42 -b 12k 244k 4k" -c "fsync" -c "fsync" -c "pwrite -S 0x43 227092 15128" -c "fdatasync" $mnt/file0
xfs_io -f -c "truncate 190949" -c "pwrite -S 0xcd 6284 160523" -c "falloc -k 3802 152608" $mnt/file0
