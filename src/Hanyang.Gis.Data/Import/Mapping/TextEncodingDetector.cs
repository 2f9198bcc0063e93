using System.Buffers.Binary;
using System.Text;

namespace Hanyang.Gis.Data.Import.Mapping;

/// <summary>
/// Tells UTF-8 from GB18030 (the superset of GBK and GB2312 that Chinese Windows writes as "ANSI") when a
/// file does not say which it is. Valid UTF-8 is read as UTF-8 — pure ASCII is both, and a GBK text of
/// any length is almost never valid UTF-8 — and anything else as GB18030, which decodes every byte
/// sequence. A .dbf is judged by its field names and character fields only: its binary header and numbers
/// are not text.
/// </summary>
internal static class TextEncodingDetector
{
    private const int ChunkBytes = 64 * 1024;

    static TextEncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>UTF-8 without a byte-order mark.</summary>
    public static Encoding Utf8 { get; } = new UTF8Encoding(false);

    /// <summary>GB18030 (code page 54936), a superset of GBK (936) and GB2312.</summary>
    public static Encoding Gb18030 => Encoding.GetEncoding(54936);

    /// <summary>The encoding of a text file (CSV): UTF-8 when all of it is valid UTF-8 (a UTF-8 byte-order mark counts), else GB18030.</summary>
    public static Encoding ForText(string path)
    {
        using var stream = File.OpenRead(path);
        var decoder = StrictUtf8().GetDecoder();
        var bytes = new byte[ChunkBytes];
        var chars = new char[Utf8.GetMaxCharCount(ChunkBytes)];
        int read;
        try
        {
            while ((read = stream.Read(bytes, 0, bytes.Length)) > 0)
            {
                decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
            }

            decoder.GetChars([], 0, 0, chars, 0, flush: true);
            return Utf8;
        }
        catch (DecoderFallbackException)
        {
            return Gb18030;
        }
    }

    /// <summary>
    /// The encoding of a dBASE file's text: its field names and character (C) fields, judged as
    /// <see cref="ForText"/> judges a whole file. A file too short to hold the header it declares is UTF-8
    /// (the Shapefile reader then reports what is wrong with it).
    /// </summary>
    public static Encoding ForDbf(string path)
    {
        var data = File.ReadAllBytes(path);
        if (data.Length < 32)
        {
            return Utf8;
        }

        var records = BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(4));
        int headerLength = BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(8));
        int recordLength = BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(10));
        var textFields = new List<(int Offset, int Length)>();
        var offset = 1;
        for (var at = 32; at + 32 <= Math.Min(headerLength, data.Length) && data[at] != 0x0D; at += 32)
        {
            var name = data.AsSpan(at, 11);
            var end = name.IndexOf((byte)0);
            if (!IsUtf8(end < 0 ? name : name[..end]))
            {
                return Gb18030;
            }

            int length = data[at + 16];
            if (data[at + 11] is (byte)'C')
            {
                textFields.Add((offset, length));
            }

            offset += length;
        }

        for (long r = 0; r < records; r++)
        {
            var start = headerLength + (r * recordLength);
            if (recordLength <= 0 || start + recordLength > data.Length)
            {
                break;
            }

            foreach (var (fieldOffset, length) in textFields)
            {
                if (fieldOffset + length <= recordLength && !IsUtf8(data.AsSpan((int)start + fieldOffset, length)))
                {
                    return Gb18030;
                }
            }
        }

        return Utf8;
    }

    /// <summary>"UTF-8" or "GB18030", for messages.</summary>
    public static string Describe(Encoding encoding) => encoding.CodePage == 65001 ? "UTF-8" : encoding.WebName.ToUpperInvariant();

    private static bool IsUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    private static UTF8Encoding StrictUtf8() => new UTF8Encoding(false, throwOnInvalidBytes: true);
}
