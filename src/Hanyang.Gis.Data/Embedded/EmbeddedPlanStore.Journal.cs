using System.Text.Json;
using Hanyang.Gis.Data.Files;

namespace Hanyang.Gis.Data.Embedded;

/// <summary>
/// Keeping the edits in memory in step with the data directory: the snapshot (edits.json) of a generation plus
/// that generation's journal (edits.journal). A compaction writes the new snapshot first and then the new
/// journal, so a journal of an older generation than the snapshot is one whose records the snapshot already
/// holds (the compaction was cut short) and is ignored until the next edit replaces it.
/// </summary>
public sealed partial class EmbeddedPlanStore
{
    /// <summary>The journal is compacted into a new snapshot once it would pass this size and the snapshot's (4 MiB).</summary>
    internal const long DefaultCompactJournalAfterBytes = 4L << 20;

    private const int SnapshotHeadBytes = 4096;
    private const int CatchUpAttempts = 3;
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(30);

    private string SnapshotPath => Path.Combine(dataDirectory, EditsFile);

    /// <summary>
    /// Checks <paramref name="edit"/> against the current edits under both locks, appends the entries it changed
    /// to the journal (or compacts, when that is due) and flushes before the edits in memory change. If the edit
    /// throws or is cancelled, nothing is written and the store is unchanged.
    /// </summary>
    private TResult Mutate<TResult>(Func<EditsChange, TResult> edit, CancellationToken cancellationToken)
    {
        lock (sync)
        {
            using var fileLock = AcquireFileLock(cancellationToken);
            var tail = CatchUp();
            var change = new EditsChange(edits, bundledFacilityIds, bundledSiteIds);
            var result = edit(change);
            cancellationToken.ThrowIfCancellationRequested();
            if (!change.Record.IsEmpty)
            {
                Commit(change.Record, tail);
            }

            return result;
        }
    }

    /// <summary>Writes <paramref name="record"/> durably, then applies it in memory. Under both locks, right after <see cref="CatchUp"/>.</summary>
    private void Commit(JournalRecordDto record, JournalTail? tail)
    {
        var json = EditsJournal.Serialize(record);
        var journalIsCurrent = tail is not null && tail.Generation == edits.Generation;
        var journalBytes = journalIsCurrent ? journalOffset : 0;
        if (journalBytes + EditsJournal.LineBytes(json) > Math.Max(compactJournalAfterBytes, SnapshotBytes()))
        {
            Compact(record.AppliedTo(edits, edits.Generation + 1));
            return;
        }

        if (!journalIsCurrent)
        {
            journalOffset = journal.Create(edits.Generation);
        }

        journalOffset = journal.Append(json, journalOffset);
        record.ApplyTo(edits);
        view = view?.With([record]);
    }

    /// <summary>
    /// Writes <paramref name="next"/> as the snapshot — the commit point — and starts an empty journal of its
    /// generation. Should starting the journal fail, the next edit starts it (the old one is then stale).
    /// </summary>
    private void Compact(EditsDto next)
    {
        AtomicFile.WriteAllBytes(SnapshotPath, JsonSerializer.SerializeToUtf8Bytes(next, EmbeddedDtos.Json));
        edits = next;
        journalOffset = 0;
        view = null;
        journalOffset = journal.Create(next.Generation);
    }

    /// <summary>
    /// Brings the edits in memory up to date: rereads the imported network and communities if they changed, reloads the snapshot when its generation is not the one in memory,
    /// then applies the journal's records from where the last read stopped. Returns what it read of the journal
    /// (null when there is none). Under <see cref="sync"/>; the lock file is needed only to write.
    /// </summary>
    private JournalTail? CatchUp()
    {
        CatchUpNetwork();
        CatchUpCommunities();
        for (var attempt = 1; ; attempt++)
        {
            if (!loaded || SnapshotGeneration() != edits.Generation)
            {
                LoadSnapshot();
            }

            var tail = journal.Read(edits.Generation, journalOffset);
            if (tail is null || tail.Generation < edits.Generation)
            {
                return tail;
            }

            if (tail.Generation == edits.Generation && tail.ValidEnd >= journalOffset)
            {
                foreach (var record in tail.Records)
                {
                    record.ApplyTo(edits);
                }

                if (tail.Records.Count > 0)
                {
                    view = view?.With(tail.Records);
                }

                journalOffset = tail.ValidEnd;
                return tail;
            }

            // A compaction happened between reading the snapshot and the journal (or the journal was replaced):
            // read both again.
            if (attempt == CatchUpAttempts)
            {
                throw new InvalidDataException($"{journal.Path} (generation {tail.Generation}) does not follow {SnapshotPath} (generation {edits.Generation}): was one of them restored from a backup? Move the journal aside to open the data directory with the snapshot's edits only");
            }

            loaded = false;
        }
    }

    private void LoadSnapshot()
    {
        try
        {
            edits = JsonSerializer.Deserialize<EditsDto>(File.ReadAllBytes(SnapshotPath), EmbeddedDtos.Json)!;
        }
        catch (FileNotFoundException)
        {
            edits = EditsDto.Empty();
        }

        loaded = true;
        journalOffset = 0;
        view = null;
    }

    /// <summary>The snapshot's generation, from the start of the file: 0 when there is none, or when it predates the journal.</summary>
    private long SnapshotGeneration()
    {
        var head = new byte[SnapshotHeadBytes];
        int read;
        try
        {
            using var stream = new FileStream(SnapshotPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (FileNotFoundException)
        {
            return 0;
        }

        var reader = new Utf8JsonReader(head.AsSpan(0, read), isFinalBlock: false, state: default);
        return reader.Read() && reader.TokenType == JsonTokenType.StartObject
            && reader.Read() && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("generation"u8)
            && reader.Read() && reader.TokenType == JsonTokenType.Number
            ? reader.GetInt64()
            : 0;
    }

    private long SnapshotBytes()
    {
        var snapshot = new FileInfo(SnapshotPath);
        return snapshot.Exists ? snapshot.Length : 0;
    }

    private void RemoveAbandonedTemporaryFiles()
    {
        foreach (var directory in new[] { dataDirectory, Path.Combine(dataDirectory, LayersDirectory), Path.Combine(dataDirectory, CirclesDirectory) })
        {
            AtomicFile.RemoveAbandonedTemporaryFiles(directory);
        }
    }

    private FileStream AcquireFileLock(CancellationToken cancellationToken)
    {
        var path = Path.Combine(dataDirectory, LockFile);
        var deadline = DateTime.UtcNow + LockTimeout;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Thread.Sleep(20);
            }
        }
    }
}
