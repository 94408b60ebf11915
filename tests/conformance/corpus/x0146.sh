# extsim conformance workload, fsxgen.py seed 146 (files up to 1m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "reflink $mnt/file1 0 16k 4k" -c "pwrite -S 0xcd 64k 132k" -c "pwrite -S 0x44 -b 12k 796k 164k" -c "falloc -k 696k 4k" $mnt/file0
xfs_io -f -c "fzero -k 856k 4k" -c "falloc 0 884k" -c "fpunch 796021 148490" -c "fsync" -c "fzero 92k 424k" -c "pwrite -S 0x42 -b 4k 555638 486165" $mnt/file1
xfs_io -f -c "falloc 692k 24k" -c "fpunch 434553 41366" $mnt/file1
xfs_io -f -c "pread -q 800k 4k" -c "dedupe $mnt/file0 8k 1040k 952k" -c "pwrite -S 0x41 -b 512 436533 21999" -c "pwrite -S 0xcd -b 1m 8k 4k" -c "pwrite -S 0x44 508947 527510" -c "pwrite -S 0x44 -b 12k 559224 93807" -c "reflink $mnt/file0 496k 968k 64k" $mnt/file1
xfs_io -f -c "fsync" -c "truncate 104k" -c "truncate 902772" $mnt/file1
btrfs subvolume snapshot $mnt $mnt/snap1
xfs_io -f -c "fiemap -v" -c "pwrite -S 0xcd 782448 24801" -c "pwrite -S 0x41 -b 512 893685 55975" -c "pwrite -S 0xcd -b 12k 256k 604k" $mnt/file1
xfs_io -f -c "pwrite -S 0x44 462061 22328" $mnt/file1
xfs_io -f -c "truncate 699002" -c "pwrite -S 0x43 -b 64k 404457 3410" $mnt/file1
xfs_io -f -c "fsync" $mnt/file0
xfs_io -f -c "falloc 720k 20k" -c "falloc -k 732k 4k" $mnt/file1
xfs_io -f -c "pwrite -S 0x43 2348 17972" -c "pwrite -S 0x41 213457 604974" $mnt/file1
xfs_io -f -c "fsync" -c "pwrite -S 0x43 -b 64k 10254 49998" -c "pread -q 187994 378725" -c "reflink $mnt/file0 372k 820k 36k" $mnt/file1
