# $(md5sum FILE) and $(stat -c FORMAT FILE) in echo's words, as
# reproducers print digests and sizes: quoted and not, with cut -d ' ' -f 1
# and fstests' _md5_checksum and _get_filesize, for a written, a
# preallocated, an empty and a missing file and a directory, before and
# after a remount
_md5_checksum()
{
	md5sum $1 | cut -d ' ' -f 1
}
_get_filesize()
{
	stat -c %s "$1"
}
umount $dev &> /dev/null
mkfs.btrfs -f $dev -b 1G > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xab 0 64k" $mnt/foo > /dev/null
xfs_io -f -c "falloc 0 1m" -c "pwrite -S 0xcd 256k 4k" $mnt/bar > /dev/null
touch $mnt/empty
btrfs subvolume create $mnt/dir > /dev/null
echo "File digest before: $(md5sum $mnt/foo)"
echo File digest before: $(md5sum $mnt/foo)
echo "bar: $(md5sum $mnt/bar | cut -d ' ' -f 1)"
echo "bar:" $(md5sum $mnt/bar | cut -d' ' -f1) end
echo "empty: $(_md5_checksum $mnt/empty)"
echo missing: $(md5sum $mnt/missing) end
echo "missing quoted: [$(md5sum $mnt/missing)]"
echo $(md5sum $mnt/missing)
echo "dir: $(md5sum $mnt/dir)"
echo -n "no newline: $(_md5_checksum $mnt/foo)"
echo
echo "foo size: $(stat -c %s $mnt/foo)"
echo "bar:" $(stat -c '%s %b' $mnt/bar) end
echo "bar size: $(_get_filesize $mnt/bar)"
echo "missing: [$(stat -c %s $mnt/missing)]"
echo dir: $(stat --format=%F $mnt/dir)
echo "$(stat -c '%n  %s' $mnt/empty)"
umount $mnt
mount $dev $mnt
echo "File digest after: $(md5sum $mnt/foo)"
echo "bar after: $(_md5_checksum $mnt/bar)"
umount $mnt
