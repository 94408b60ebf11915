# extsim conformance workload, fsxgen.py seed 40 (files up to 256k)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc 234 7774" -c "reflink $mnt/file0 0 20k 8008" -c "truncate 16811" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 64k 11007 20162" -c "dedupe $mnt/file0 28k 20k 4k" -c "sync_range -w 16k 4k" -c "fzero -k 27558 60470" -c "fzero 173945 37359" -c "fdatasync" -c "pread -q 36k 44k" $mnt/file0
xfs_io -f -c "fpunch 120k 28k" -c "fpunch 44904 40013" $mnt/file0
xfs_io -f -c "falloc 60k 4k" -c "pread -q 124835 81200" -c "sync_range -w 204k 48k" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 175608 41989" -c "fsync" -c "reflink $mnt/file0 64k 8k 28k" -c "pwrite -S 0xcd 197807 301" -c "fdatasync" $mnt/file0
xfs_io -f -c "pread -q 48786 149" $mnt/file0
xfs_io -f -c "falloc -k 9175 38567" -c "pwrite -S 0x44 -b 64k 125707 125364" -c "falloc -k 235637 776" -c "falloc 103028 13765" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 228k 276k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 60800 21552" -c "pwrite -S 0x43 255806 78" -c "truncate 253669" -c "pwrite -S 0xcd -b 512 19294 41421" -c "fpunch 102761 2435" -c "reflink $mnt/file0 60k 240k 0" $mnt/file0
xfs_io -f -c "fpunch 65152 101" -c "pwrite -S 0xcd 248k 4k" -c "fpunch 244k 4k" -c "pwrite -S 0x42 -b 64k 223145 30834" -c "falloc 201981 6990" -c "fpunch 28k 196k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 1m 170352 63322" -c "fzero -k 106250 121634" -c "pread -q 32521 51443" -c "sync_range -b 200k 8k" -c "fiemap -v" -c "truncate 25845" -c "pwrite -S 0x41 -b 512 16k 16k" $mnt/file0
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "fdatasync" -c "pwrite -S 0x41 28k 4k" -c "pwrite -S 0x44 -b 64k 30242 24599" -c "fpunch 87694 39568" -c "pread -q 34999 172255" $mnt/file0
xfs_io -f -c "pread -q 2187 198225" -c "fzero 713 950" -c "pwrite -S 0xcd 756 161734" -c "fzero 110042 145840" -c "reflink $mnt/file0 48k 96k 8k" -c "truncate 223337" -c "pwrite -S 0x44 -b 12k 168k 4k" -c "pwrite -S 0x44 225848 28186" $mnt/file1
