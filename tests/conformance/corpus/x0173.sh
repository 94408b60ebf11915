# extsim conformance workload, fsxgen.py seed 173 (files up to 16m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "dedupe $mnt/file0 0 56k 4k" -c "dedupe $mnt/file0 0 8k 4k" -c "pwrite -S 0x44 -b 12k 0 36k" -c "fiemap -v" -c "pwrite -S 0xcd -b 1m 30776 1050" -c "pwrite -S 0x43 13077 775655" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 504k 224k 16k" -c "dedupe $mnt/file0 648k 444k 40k" -c "pwrite -S 0x41 608144 5604901" -c "truncate 2693163" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 2240k 4k" -c "fiemap -v" -c "dedupe $mnt/file0 276k 1516k 2410539" -c "falloc -k 1860839 3483889" -c "truncate 384570" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 12k 416k 32k" -c "pread -q 360k 2632k" -c "pwrite -S 0x44 -b 12k 7173362 818" -c "pwrite -S 0x42 4528267 2149" -c "pwrite -S 0x42 -b 1m 5984k 992k" -c "fzero 5960k 104k" -c "pread -q 3228k 48k" $mnt/file0
xfs_io -f -c "fsync" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 4k 11948801 321398" -c "pread -q 3912k 740k" -c "falloc -k 11588k 12k" $mnt/file0
xfs_io -f -c "pread -q 8216k 1992k" -c "fpunch 10216k 816k" -c "pwrite -S 0x41 -b 64k 3184k 4k" -c "dedupe $mnt/file0 340k 2440k 0" -c "fpunch 5920618 2322282" -c "reflink $mnt/file0" $mnt/file0
btrfs subvolume snapshot $mnt $mnt/snap1
xfs_io -f -c "reflink $mnt/file0" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 4k 10292k 4k" -c "fpunch 6760k 8k" -c "pwrite -S 0x43 9791225 1858961" -c "fiemap -v" -c "dedupe $mnt/file0 2680k 1260k 12k" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 5024276 9530423" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 1156k 8088k 13370955" -c "fpunch 8921541 3433405" -c "fpunch 14072k 4k" -c "fzero 6172k 1136k" -c "reflink $mnt/file0 14588k 17188k 6714955" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 -b 1000 10944k 16k" -c "dedupe $mnt/file0 4332k 22140k 19879499" -c "falloc -k 2388585 25670" -c "pread -q 6132k 528k" -c "fdatasync" $mnt/file0
