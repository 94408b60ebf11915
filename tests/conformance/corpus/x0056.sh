# extsim conformance workload, fsxgen.py seed 56 (files up to 256k)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x42 2092 2936" -c "pwrite -S 0x42 -b 1000 3151 1275" -c "pwrite -S 0x41 -b 1m 3638 50463" -c "pwrite -S 0x43 11513 65122" $mnt/file0
sync
xfs_io -f -c "fsync" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 44k 48k 36k" -c "pwrite -S 0x42 -b 4k 45033 37415" -c "fdatasync" -c "pread -q 15644 226195" -c "sync_range -b 64k 4k" -c "dedupe $mnt/file0 76k 100k 4k" -c "reflink $mnt/file0 4k 104k 0" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 1m 64k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 80k 16k" -c "pwrite -S 0x43 104532 1586" -c "pwrite -S 0xcd -b 12k 21064 15615" -c "truncate 74898" -c "fdatasync" -c "reflink $mnt/file0 28k 12k 32k" -c "falloc 49542 26292" $mnt/file0
xfs_io -f -c "truncate 2771" -c "fpunch 0 4k" -c "fpunch 2612 2090" -c "pwrite -S 0x41 116253 1900" -c "fzero -k 76k 4k" -c "pwrite -S 0x42 -b 12k 17505 159413" -c "pwrite -S 0x43 -b 512 123562 29586" -c "pwrite -S 0xcd 80k 16k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0" -c "fzero 168k 4k" -c "falloc -k 72k 28k" -c "pwrite -S 0x44 102933 99710" -c "truncate 16370" -c "pwrite -S 0x42 -b 12k 2067 9888" -c "pwrite -S 0x44 -b 12k 4k 4k" -c "pwrite -S 0x41 12628 1315" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 0 28k 8k" -c "pwrite -S 0xcd -b 1000 0 204k" -c "fdatasync" -c "fpunch 172k 4k" -c "reflink $mnt/file0 108k 36k 0" -c "pwrite -S 0x41 26834 28944" $mnt/file0
xfs_io -f -c "fsync" -c "reflink $mnt/file0 200k 72k 8k" -c "fzero 181258 35732" -c "fpunch 170659 5967" -c "pwrite -S 0x41 -b 64k 259 229341" -c "fiemap -v" -c "pwrite -S 0xcd -b 4k 204k 4k" $mnt/file0
xfs_io -f -c "fiemap -v" -c "pread -q 8k 108k" -c "fiemap -v" -c "pwrite -S 0x44 -b 4k 166798 1957" -c "reflink $mnt/file0 36k 132k 4k" -c "pwrite -S 0x43 -b 12k 76k 56k" $mnt/file0
xfs_io -f -c "sync_range -b 200k 8k" -c "dedupe $mnt/file0 160k 244k 20k" -c "pwrite -S 0x43 159157 82029" -c "reflink $mnt/file0 108k 48k 130594" -c "reflink $mnt/file0 184k 288k 52770" $mnt/file0
xfs_io -f -c "truncate 120313" -c "falloc 78257 63067" -c "sync_range -b 16k 52k" -c "pwrite -S 0x42 -b 12k 43176 36077" -c "reflink $mnt/file0 68k 44k 4k" -c "fsync" -c "pread -q 73626 2205" -c "pwrite -S 0x42 94034 2229" $mnt/file0
