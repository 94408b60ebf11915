# extsim conformance workload, fsxgen.py seed 168 (files up to 256k)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "fsync" -c "sync_range -b 252k 4k" -c "falloc -k 212k 20k" -c "pwrite -S 0x42 -b 4k 128k 4k" $mnt/file0
xfs_io -f -c "fiemap -v" -c "pwrite -S 0x41 114522 53333" -c "fsync" -c "pwrite -S 0x41 -b 12k 1510 58215" -c "pwrite -S 0xcd -b 64k 147426 448" -c "pwrite -S 0xcd 52689 27872" -c "pread -q 34049 6518" -c "sync_range -b 140k 44k" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 -b 512 136k 4k" -c "dedupe $mnt/file0 132k 64k 32687" -c "reflink $mnt/file0 132k 200k 0" -c "fiemap -v" -c "fzero -k 176k 4k" -c "pwrite -S 0x44 48k 32k" -c "reflink $mnt/file0" $mnt/file0
xfs_io -f -c "fpunch 196k 4k" -c "reflink $mnt/file0 176k 280k 40k" -c "falloc 169979 2052" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 164k 24k" -c "pwrite -S 0x43 93218 21003" -c "fdatasync" -c "fsync" -c "pwrite -S 0x42 -b 12k 16314 3836" -c "reflink $mnt/file0 108k 272k 20k" $mnt/file0
xfs_io -f -c "truncate 84k" -c "fpunch 32k 100k" -c "pwrite -S 0xcd 135610 1121" -c "pwrite -S 0xcd -b 512 136385 23437" -c "pwrite -S 0x41 30464 27817" -c "fzero -k 233748 7738" $mnt/file0
xfs_io -f -c "fiemap -v" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 17852 13851" -c "falloc -k 84k 100k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 64k 34688 42305" -c "dedupe $mnt/file0 100k 40k 12k" -c "falloc 136508 3014" -c "pwrite -S 0x44 128k 8k" -c "pwrite -S 0xcd -b 12k 28k 216k" -c "truncate 180k" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 -b 12k 142364 3098" -c "pwrite -S 0x43 -b 512 254085 326" -c "fzero -k 8k 116k" -c "fpunch 10151 31014" -c "falloc 20k 4k" -c "pwrite -S 0xcd -b 512 56k 64k" $mnt/file0
xfs_io -f -c "fdatasync" -c "truncate 120k" -c "fzero -k 68868 117555" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 8k 108k 112k" $mnt/file0
xfs_io -f -c "truncate 140k" -c "pwrite -S 0xcd 64k 64k" -c "fsync" -c "pwrite -S 0x41 108k 8k" -c "pwrite -S 0x41 85408 3437" -c "dedupe $mnt/file0 140k 72k 0" $mnt/file0
sync
xfs_io -f -c "pwrite -S 0x41 -b 4k 236k 4k" -c "pread -q 117181 64611" -c "fsync" -c "reflink $mnt/file0 220k 36k 0" -c "pwrite -S 0x43 213956 12182" -c "pwrite -S 0x43 136710 121500" -c "pwrite -S 0x43 50175 68979" $mnt/file0
xfs_io -f -c "pread -q 80710 159924" -c "pwrite -S 0x44 -b 1000 56152 34072" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 512 240k 4k" -c "pwrite -S 0xcd 244k 4k" -c "dedupe $mnt/file0 180k 300k 32k" -c "truncate 123668" -c "fiemap -v" $mnt/file0
xfs_io -f -c "fdatasync" -c "pwrite -S 0x43 14047 1124" -c "reflink $mnt/file0 52k 120k 0" -c "pwrite -S 0x42 182826 33316" -c "pwrite -S 0x44 179827 73893" -c "fpunch 120k 120k" -c "falloc -k 188662 56705" -c "pwrite -S 0xcd 162165 8878" $mnt/file0
