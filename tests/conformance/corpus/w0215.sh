# extsim conformance workload, gen.py seed 215
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
sync
xfs_io -f -c "pwrite -S 0x63 60k 24k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 80k 32k 4k" $mnt/sv/g0
xfs_io -f -c "reflink $mnt/sv/g0 24k 104k 12k" $mnt/f0
xfs_io -c "truncate 52k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 36k 64k 16k" $mnt/f0
sync
xfs_io -c "reflink $mnt/f0 60k 328k 36k" $mnt/f0
xfs_io -c "falloc 688k 10492" $mnt/sv/g0
xfs_io -c "fpunch 270666 8k" $mnt/f0
xfs_io -c "truncate 337036" $mnt/f0
xfs_io -c "falloc 62239 60k" $mnt/f0
md5sum $mnt/f0
xfs_io -c "pwrite -S 0x61 540697 11488" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 604k 48k" $mnt/f1
xfs_io -c "pwrite -S 0x63 188k 6220" $mnt/sv/g0
xfs_io -c "falloc 74831 72k" $mnt/f0
xfs_io -c "truncate 364k" $mnt/f1
xfs_io -c "pwrite -S 0x62 160k 3888" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 160k 0 555260" $mnt/f1
xfs_io -c "pwrite -S 0x63 324k 248k" -c "fsync" $mnt/f1
sync
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "falloc -k 530981 20k" $mnt/sv/g0
xfs_io -f -c "falloc 704k 232k" $mnt/f2
xfs_io -c "dedupe $mnt/f1 32k 0 544k" $mnt/sv/g0
xfs_io -c "falloc 277769 16k" $mnt/f2
sync
