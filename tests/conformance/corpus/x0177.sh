# extsim conformance workload, fsxgen.py seed 177 (files up to 16m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/file0 0 8k 4k" -c "dedupe $mnt/file0 12k 44k 4k" -c "fpunch 3327109 38780" -c "pwrite -S 0x43 -b 12k 3227 47402" -c "falloc 252 77" -c "fzero -k 38544 456033" -c "pwrite -S 0xcd 22276 3662090" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 3240k 3232k 40k" -c "truncate 3480k" -c "pwrite -S 0x43 -b 12k 2376459 4396212" -c "reflink $mnt/file0" -c "truncate 10736k" -c "fzero -k 6843280 978917" $mnt/file0
xfs_io -f -c "fsync" -c "pread -q 12310501 657098" -c "pwrite -S 0x43 13156337 570298" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 9987303 42190" -c "fpunch 5493584 412988" -c "pwrite -S 0x43 -b 12k 7455502 890" -c "fpunch 6952128 797" -c "fpunch 5884k 8776k" -c "pwrite -S 0xcd 9645630 507834" $mnt/file0
xfs_io -f -c "fsync" -c "pwrite -S 0xcd -b 12k 4960k 4k" -c "dedupe $mnt/file0 5592k 1504k 28k" -c "truncate 5317794" -c "reflink $mnt/file0 4576k 1452k 631970" -c "reflink $mnt/file0 3204k 3584k 2036898" -c "pwrite -S 0x44 -b 12k 492975 6978141" -c "pwrite -S 0x43 -b 64k 4656663 338" $mnt/file0
xfs_io -f -c "pread -q 3972k 24k" -c "pwrite -S 0xcd -b 1m 6427817 345" -c "pwrite -S 0x43 2952k 744k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 64k 444k 1896k" -c "fpunch 6652251 659" $mnt/file0
xfs_io -f -c "truncate 14700k" -c "fpunch 13660k 4k" -c "pwrite -S 0x42 13233615 407833" -c "truncate 1520665" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 16183941 3083" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 5756075 8695600" -c "falloc 11372k 4k" $mnt/file0
xfs_io -f -c "falloc -k 1916k 13868k" -c "pwrite -S 0x42 5757265 3982" -c "truncate 8751581" $mnt/file0
