# extsim conformance workload, fsxgen.py seed 152 (files up to 16m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x41 -b 1000 4022 59979" $mnt/file0
xfs_io -f -c "fiemap -v" -c "truncate 17401" -c "sync_range -w 12k 4k" -c "pwrite -S 0x42 -b 12k 4k 7120k" -c "sync_range -b 7252k 40k" $mnt/file0
xfs_io -f -c "truncate 4840k" -c "reflink $mnt/file0 2992k 4332k 0" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 4652k 3388k 40k" -c "fiemap -v" -c "fpunch 13436k 60k" -c "pwrite -S 0x42 -b 1000 5449939 15853" $mnt/file0
xfs_io -f -c "fsync" -c "truncate 287545" -c "fzero -k 240k 4072k" -c "pwrite -S 0x42 -b 64k 12081432 695" $mnt/file0
xfs_io -f -c "falloc -k 2809188 2181" $mnt/file0
xfs_io -f -c "fpunch 4044k 152k" -c "fsync" -c "fpunch 2312k 12k" -c "reflink $mnt/file0 3216k 11028k 16k" -c "pwrite -S 0x42 -b 12k 11180k 16k" -c "falloc -k 12064k 2576k" -c "reflink $mnt/file0 5804k 2916k 0" -c "pwrite -S 0x44 -b 1m 2568k 980k" $mnt/file0
xfs_io -f -c "fzero 11266506 5036427" -c "pwrite -S 0xcd -b 1000 5068k 860k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 4560k 3824k" -c "pwrite -S 0x42 -b 1000 14584k 56k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 12k 6274172 14462" -c "pwrite -S 0x44 -b 64k 3997588 5489121" -c "fiemap -v" -c "falloc -k 2111896 60937" -c "sync_range -a 9596k 780k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 7362719 38219" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 3392k 5664k 32k" -c "reflink $mnt/file0" -c "falloc -k 9527580 6217270" -c "dedupe $mnt/file0 11268k 15784k 0" $mnt/file0
xfs_io -f -c "pread -q 12028k 1004k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 12572k 5856k 3429205" -c "fsync" -c "reflink $mnt/file0 3964k 8028k 12243797" -c "fpunch 15280k 52k" -c "falloc 5492k 24k" -c "pwrite -S 0xcd 14014430 56004" -c "sync_range -b 6884k 452k" -c "fzero -k 9485493 4186098" $mnt/file0
xfs_io -f -c "fiemap -v" -c "falloc 1117746 36299" $mnt/file0
xfs_io -f -c "fsync" -c "reflink $mnt/file0 8356k 3156k 11907925" -c "pwrite -S 0xcd 13776k 4k" -c "pwrite -S 0xcd 13268976 62411" -c "fsync" -c "reflink $mnt/file0 10972k 7720k 0" -c "fsync" -c "sync_range -a 11944k 600k" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 7416k 6000k 20k" -c "pwrite -S 0x41 12664k 684k" -c "pwrite -S 0x42 -b 12k 11140k 380k" -c "pwrite -S 0x42 -b 12k 5656k 4k" -c "fdatasync" -c "fiemap -v" -c "reflink $mnt/file0 4144k 9484k 32k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 1000 16153634 306631" -c "fzero -k 6040k 516k" -c "pwrite -S 0x42 -b 4k 7964k 3772k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 15507841 1499" -c "falloc 16172452 65517" -c "truncate 1011839" -c "fiemap -v" $mnt/file0
xfs_io -f -c "pread -q 8015 883632" -c "falloc 356514 1038552" -c "reflink $mnt/file0 844k 384k 0" -c "fdatasync" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 1340k 4k" -c "fsync" -c "falloc 25k 586705" -c "falloc 107601 699059" -c "pwrite -S 0x41 -b 512 547796 15362296" -c "pwrite -S 0x44 -b 4k 11568k 532k" -c "pwrite -S 0x41 4250383 973558" $mnt/file0
