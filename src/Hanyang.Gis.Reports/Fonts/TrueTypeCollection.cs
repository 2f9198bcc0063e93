using System.Buffers.Binary;

namespace Hanyang.Gis.Reports.Fonts;

/// <summary>
/// Splits one face out of a TrueType collection (OpenType spec, "Font Collections": a 'ttcf' header
/// followed by one table directory per face, whose tables may be shared) into a standalone font file.
/// </summary>
internal static class TrueTypeCollection
{
    /// <summary>True when <paramref name="font"/> starts with the 'ttcf' tag.</summary>
    public static bool IsCollection(ReadOnlySpan<byte> font) => font.Length >= 12 && font[..4].SequenceEqual("ttcf"u8);

    /// <summary>Copies face <paramref name="index"/>'s tables into a new font file with its own table directory.</summary>
    /// <exception cref="InvalidDataException">The collection is truncated or has no such face.</exception>
    public static byte[] ExtractFace(ReadOnlySpan<byte> collection, int index)
    {
        var faces = (int)BinaryPrimitives.ReadUInt32BigEndian(collection[8..]);
        if (index < 0 || index >= faces || collection.Length < 12 + (4 * faces))
        {
            throw new InvalidDataException($"font collection has {faces} faces; face {index} does not exist");
        }

        var directory = (int)BinaryPrimitives.ReadUInt32BigEndian(collection[(12 + (4 * index))..]);
        var tableCount = BinaryPrimitives.ReadUInt16BigEndian(collection[(directory + 4)..]);
        var headerLength = 12 + (16 * tableCount);
        var tables = new (uint Tag, uint Checksum, int Offset, int Length)[tableCount];
        var size = headerLength;
        for (var i = 0; i < tableCount; i++)
        {
            var record = collection.Slice(directory + 12 + (16 * i), 16);
            tables[i] = (BinaryPrimitives.ReadUInt32BigEndian(record), BinaryPrimitives.ReadUInt32BigEndian(record[4..]),
                (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
            if (tables[i].Offset < 0 || tables[i].Length < 0 || (long)tables[i].Offset + tables[i].Length > collection.Length)
            {
                throw new InvalidDataException($"font collection is truncated: table {i} of face {index} lies outside the file");
            }

            size += (tables[i].Length + 3) & ~3;
        }

        var font = new byte[size];
        collection.Slice(directory, 12).CopyTo(font);
        var offset = headerLength;
        for (var i = 0; i < tableCount; i++)
        {
            var record = font.AsSpan(12 + (16 * i), 16);
            BinaryPrimitives.WriteUInt32BigEndian(record, tables[i].Tag);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], tables[i].Checksum);
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)tables[i].Length);
            collection.Slice(tables[i].Offset, tables[i].Length).CopyTo(font.AsSpan(offset));
            offset += (tables[i].Length + 3) & ~3;
        }

        return font;
    }
}
