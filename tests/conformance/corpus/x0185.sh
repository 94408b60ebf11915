# extsim conformance workload, fsxgen.py seed 185 (files up to 1m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x41 1978 458705" -c "reflink $mnt/file0 192k 264k 36k" -c "pwrite -S 0x42 424536 16325" $mnt/file0
xfs_io -f -c "fzero 67300 12210" -c "fpunch 86346 54923" -c "falloc -k 267586 268058" -c "pwrite -S 0x41 -b 1000 132k 20k" -c "pwrite -S 0x42 228067 3499" -c "fdatasync" -c "falloc -k 65903 65293" $mnt/file0
xfs_io -f -c "truncate 110365" -c "truncate 167563" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 12k 72k 28k" -c "fiemap -v" -c "fpunch 18646 999469" -c "falloc 160k 4k" -c "pwrite -S 0xcd -b 1m 113858 242079" -c "pread -q 127471 822842" -c "dedupe $mnt/file0 156k 364k 24k" $mnt/file0
xfs_io -f -c "fzero 91864 3160" -c "fsync" -c "pwrite -S 0x41 354424 765" -c "pwrite -S 0x42 -b 1000 28k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 81022 40596" -c "fiemap -v" -c "pwrite -S 0x41 -b 12k 218040 153602" -c "fsync" $mnt/file0
xfs_io -f -c "truncate 112k" -c "pread -q 71229 692296" -c "reflink $mnt/file0 72k 156k 40k" -c "fpunch 144431 60737" -c "falloc 117353 58146" -c "fiemap -v" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 963846 39437" $mnt/file0
xfs_io -f -c "fdatasync" -c "pwrite -S 0x43 336k 112k" -c "truncate 159314" -c "pwrite -S 0x43 -b 64k 79207 167" -c "truncate 518238" -c "fzero 391336 174975" -c "falloc 248k 260k" -c "pwrite -S 0xcd 512k 236k" $mnt/file0
