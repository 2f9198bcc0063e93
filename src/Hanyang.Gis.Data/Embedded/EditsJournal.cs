using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hanyang.Gis.Data.Files;

namespace Hanyang.Gis.Data.Embedded;

/// <summary>
/// edits.journal: the edits committed since the snapshot (edits.json) of the same generation, appended one
/// record per edit. The first line is a header, <c>{"generation":N}</c>, written atomically with the file;
/// every further line is one record, <c>&lt;16 hex digits&gt; &lt;JSON&gt;\n</c>, where the digits are the first 8
/// bytes of the SHA-256 of the JSON. A record counts only when its line is complete and its checksum
/// matches: a process killed mid-append leaves a torn last line, which readers ignore and the next writer
/// drops. Appending is the writer's job under the data directory's lock file; reading needs no lock.
/// </summary>
internal sealed class EditsJournal(string path)
{
    private const int ChecksumDigits = 16;
    private const int MaxHeaderBytes = 256;

    /// <summary>The journal file.</summary>
    public string Path { get; } = path;

    /// <summary>A record as the JSON of its line (one line: JSON escapes every newline inside strings).</summary>
    public static byte[] Serialize(JournalRecordDto record) => JsonSerializer.SerializeToUtf8Bytes(record, EmbeddedDtos.JsonLine);

    /// <summary>How many bytes the line of a record with <paramref name="json"/> takes in the journal.</summary>
    public static long LineBytes(byte[] json) => ChecksumDigits + 1 + json.LongLength + 1;

    /// <summary>Replaces the journal by an empty one of <paramref name="generation"/>, atomically; returns its length.</summary>
    public long Create(long generation)
    {
        var header = JsonSerializer.SerializeToUtf8Bytes(new JournalHeaderDto(generation), EmbeddedDtos.JsonLine);
        AtomicFile.WriteAllBytes(Path, [.. header, (byte)'\n']);
        return header.Length + 1;
    }

    /// <summary>
    /// Reads the journal: its generation and, when that is <paramref name="generation"/>, the valid records from
    /// byte <paramref name="offset"/> on (0: from the first record). Null when there is no journal.
    /// </summary>
    /// <exception cref="InvalidDataException">The header is unreadable, or a damaged record is followed by others.</exception>
    public JournalTail? Read(long generation, long offset)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (FileNotFoundException)
        {
            return null;
        }

        using (stream)
        {
            var (journalGeneration, headerBytes) = ReadHeader(stream);
            var length = stream.Length;
            var start = Math.Max(offset, headerBytes);
            if (journalGeneration != generation || start >= length)
            {
                return new JournalTail(journalGeneration, [], Math.Min(start, length), length);
            }

            var bytes = new byte[length - start];
            stream.Position = start;
            stream.ReadExactly(bytes);
            var (records, validBytes) = Parse(bytes, start);
            return new JournalTail(journalGeneration, records, start + validBytes, length);
        }
    }

    /// <summary>
    /// Appends the line of a record with <paramref name="json"/> (from <see cref="Serialize"/>) at byte
    /// <paramref name="end"/>, the end of the last valid record, and flushes it to disk before returning the
    /// journal's new length. Only under the data directory's lock file. Bytes after <paramref name="end"/> (a torn
    /// record) are dropped first by replacing the journal with its valid part, atomically: a journal file is
    /// never changed other than by appending, so a reader never sees bytes it has read change under it.
    /// </summary>
    public long Append(byte[] json, long end)
    {
        if (new FileInfo(Path).Length != end)
        {
            var valid = new byte[end];
            using (var torn = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            {
                torn.ReadExactly(valid);
            }

            AtomicFile.WriteAllBytes(Path, valid);
        }

        var line = new byte[LineBytes(json)];
        Encoding.ASCII.GetBytes(Checksum(json) + " ", line);
        json.CopyTo(line, ChecksumDigits + 1);
        line[^1] = (byte)'\n';
        using var stream = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
        stream.Write(line);
        stream.Flush(flushToDisk: true);
        return end + line.Length;
    }

    private static string Checksum(ReadOnlySpan<byte> json) => Convert.ToHexStringLower(SHA256.HashData(json)[..(ChecksumDigits / 2)]);

    private (long Generation, long Bytes) ReadHeader(FileStream stream)
    {
        var buffer = new byte[MaxHeaderBytes];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var newline = Array.IndexOf(buffer, (byte)'\n', 0, read);
        try
        {
            if (newline > 0 && JsonSerializer.Deserialize<JournalHeaderDto>(buffer.AsSpan(0, newline), EmbeddedDtos.JsonLine) is { } header)
            {
                return (header.Generation, newline + 1);
            }
        }
        catch (JsonException)
        {
        }

        throw new InvalidDataException($"{Path} does not start with a journal header ({{\"generation\":N}}): move it aside to open the data directory with the edits of its snapshot only");
    }

    private (List<JournalRecordDto> Records, long ValidBytes) Parse(byte[] bytes, long start)
    {
        var records = new List<JournalRecordDto>();
        var position = 0;
        while (true)
        {
            var newline = Array.IndexOf(bytes, (byte)'\n', position);
            if (newline < 0)
            {
                return (records, position); // nothing more, or a record still being written or torn
            }

            var record = Decode(bytes.AsSpan(position, newline - position));
            if (record is null)
            {
                if (newline + 1 < bytes.Length)
                {
                    throw new InvalidDataException($"{Path} is damaged at byte {start + position}, before further records: the records before it and the snapshot are intact; move the journal aside to open the data directory without the edits from that byte on");
                }

                return (records, position); // a torn last record
            }

            records.Add(record);
            position = newline + 1;
        }
    }

    private static JournalRecordDto? Decode(ReadOnlySpan<byte> line)
    {
        if (line.Length <= ChecksumDigits + 1 || line[ChecksumDigits] != (byte)' ')
        {
            return null;
        }

        var json = line[(ChecksumDigits + 1)..];
        if (!Encoding.ASCII.GetString(line[..ChecksumDigits]).Equals(Checksum(json), StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<JournalRecordDto>(json, EmbeddedDtos.JsonLine);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>
/// What a read of the journal found: its generation; the records from the requested offset that belong to the
/// reader's generation; the end of the last valid one (where the next record goes); the file's length (more
/// than the end when a record is torn or still being written).
/// </summary>
internal sealed record JournalTail(long Generation, IReadOnlyList<JournalRecordDto> Records, long ValidEnd, long Length);
