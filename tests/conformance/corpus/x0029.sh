# extsim conformance workload, fsxgen.py seed 29 (files up to 256k)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "pwrite -S 0x43 -b 12k 3643 45819" -c "fiemap -v" -c "fsync" -c "fpunch 11169 56874" -c "fpunch 34308 55369" -c "truncate 48k" -c "fpunch 9416 198375" $mnt/file1
xfs_io -f -c "reflink $mnt/file0 0 108k 0" -c "pwrite -S 0x44 208593 27204" -c "fzero 36k 188k" -c "dedupe $mnt/file0 0 4k 4k" -c "fpunch 39524 2487" -c "pwrite -S 0xcd 80701 61" -c "pwrite -S 0x43 2191 22854" $mnt/file1
xfs_io -f -c "pread -q 923 4416" -c "reflink $mnt/file1 48k 24k 32k" -c "pwrite -S 0x44 -b 1m 40708 2068" -c "pwrite -S 0x44 -b 512 37724 37764" $mnt/file0
btrfs subvolume snapshot $mnt $mnt/snap1
xfs_io -f -c "falloc 60k 164k" -c "pwrite -S 0x44 -b 1000 20k 212k" -c "pwrite -S 0x44 -b 1m 89081 23055" -c "pwrite -S 0x42 -b 4k 243108 1782" -c "truncate 50008" -c "fiemap -v" $mnt/file0
xfs_io -f -c "pread -q 8k 48k" -c "pwrite -S 0x43 -b 12k 128k 88100" $mnt/file0
xfs_io -f -c "fiemap -v" -c "fdatasync" -c "pwrite -S 0x43 -b 512 211976 1822" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 204k 44k" -c "pwrite -S 0x42 -b 64k 236856 2838" -c "sync_range -a 56k 52k" -c "dedupe $mnt/file0 52k 204k 8k" -c "pread -q 132999 69615" -c "fsync" $mnt/file1
xfs_io -f -c "pwrite -S 0x44 120k 8k" -c "pwrite -S 0x41 172k 76k" -c "pread -q 56k 44k" -c "pwrite -S 0x42 -b 12k 203374 58225" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 616 3256" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 4k 71844 692" -c "dedupe $mnt/file0 132k 284k 20k" -c "reflink $mnt/file0 184k 120k 44k" -c "reflink $mnt/file0 0 196k 48k" $mnt/file1
xfs_io -f -c "fpunch 47192 2867" -c "pwrite -S 0xcd -b 12k 152k 4k" -c "fsync" -c "fsync" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 64k 34440 2902" -c "pwrite -S 0xcd -b 512 56214 135201" $mnt/file1
xfs_io -f -c "pwrite -S 0x42 -b 4k 227596 13144" -c "reflink $mnt/file1 60k 100k 24k" -c "truncate 94765" -c "fzero -k 142869 83475" $mnt/file1
xfs_io -f -c "pwrite -S 0x41 80174 63877" -c "pwrite -S 0x41 -b 4k 61915 1" -c "reflink $mnt/file0 80k 44k 0" $mnt/file1
xfs_io -f -c "pwrite -S 0x44 120k 96k" $mnt/file1
xfs_io -f -c "dedupe $mnt/file0 28k 140k 40k" $mnt/file1
xfs_io -f -c "truncate 94536" $mnt/file1
xfs_io -f -c "reflink $mnt/file0 132k 76k 44k" -c "fsync" -c "dedupe $mnt/file0 8k 88k 8k" -c "truncate 4k" $mnt/file1
