using System.Text.Json;
using Hanyang.Gis.Data.Files;
using Hanyang.Gis.Domain.Places;

namespace Hanyang.Gis.Data.Embedded;

/// <summary>
/// The communities: the bundled ones, or, once populations or areas were imported, those of communities.json in the
/// data directory (<see cref="CommunitiesDto"/>), one file written atomically and reread by every process when it changes.
/// </summary>
public sealed partial class EmbeddedPlanStore
{
    private const string CommunitiesFile = "communities.json";

    private (DateTime WrittenUtc, long Bytes)? communitiesStamp; // of the communities.json baseline was read from; null: none

    private string CommunitiesPath => Path.Combine(dataDirectory, CommunitiesFile);

    /// <inheritdoc />
    /// <remarks>Writes communities.json atomically under the lock file; the bundled geodata is never changed, so deleting the file restores it.</remarks>
    public Task ReplaceCommunitiesAsync(IReadOnlyList<Community> communities, CancellationToken cancellationToken)
    {
        CommunityCheck.Require(communities);
        var dto = CommunitiesDto.From(communities);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(dto, EmbeddedDtos.Json);
        lock (sync)
        {
            using var fileLock = AcquireFileLock(cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            AtomicFile.WriteAllBytes(CommunitiesPath, bytes);
            baseline = dto.Over(baseline);
            communitiesStamp = Stamp(CommunitiesPath);
            view = null;
        }

        return Task.CompletedTask;
    }

    /// <summary>Reads communities.json again when it changed since it was last read (or appeared, or went). Under <see cref="sync"/>.</summary>
    private void CatchUpCommunities()
    {
        var stamp = Stamp(CommunitiesPath);
        if (stamp == communitiesStamp)
        {
            return;
        }

        baseline = stamp is null
            ? baseline with { Communities = bundled.Communities }
            : JsonSerializer.Deserialize<CommunitiesDto>(File.ReadAllBytes(CommunitiesPath), EmbeddedDtos.Json)!.Over(baseline);
        communitiesStamp = stamp;
        view = null;
    }

    private static (DateTime WrittenUtc, long Bytes)? Stamp(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? (file.LastWriteTimeUtc, file.Length) : null;
    }
}
