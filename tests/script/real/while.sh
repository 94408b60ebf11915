# while and until on a test of values, their variables changed in the
# body: files made in a loop, a loop in a loop, a loop in a function, a
# condition false from the start, and until
mkfs.btrfs -f $dev -b 1G > /dev/null
mount $dev $mnt
i=0
while [ $i -lt 3 ]; do
	xfs_io -f -c "pwrite -q -S 0x6$i 0 4k" $mnt/f$i
	i=$((i + 1))
done
echo "i is $i"
n=2
until [ $n -eq 0 ]
do
	j=0
	while [ "$j" != "$n" ]; do
		echo "n $n j $j"
		j=$((j + 1))
	done
	n=$((n - 1))
done
fill () {
	local k=$1
	while test $k -gt 0; do
		xfs_io -c "pwrite -q -S 0x7$k $((k * 4096)) 4k" $mnt/f0
		k=$((k - 1))
	done
}
fill 2
while [ 1 -eq 2 ]; do
	echo never
done
for f in f1 f2; do
	m=1
	while ! [ $m -gt 2 ]; do
		xfs_io -c "pwrite -q -S 0x8$m $((m * 8192)) 4k" $mnt/$f
		m=$((m + 1))
	done
done
sync
md5sum $mnt/f0 $mnt/f1 $mnt/f2
xfs_io -c "fiemap -v" $mnt/f1
umount $mnt
