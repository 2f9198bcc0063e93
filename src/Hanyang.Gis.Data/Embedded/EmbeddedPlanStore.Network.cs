using System.Text.Json;
using Hanyang.Gis.Data.Files;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Roads;

namespace Hanyang.Gis.Data.Embedded;

/// <summary>
/// The network layers: the bundled roads and water, or, once a network was imported, those of network.json in the
/// data directory (<see cref="NetworkDto"/>), one file written atomically. Every read checks the file's time and size,
/// so another process's import is seen at its next read, as an edit is.
/// </summary>
public sealed partial class EmbeddedPlanStore
{
    private const string NetworkFile = "network.json";

    private PlanDataset baseline; // bundled with the imported network and communities over it; changed only under sync
    private (DateTime WrittenUtc, long Bytes)? networkStamp; // of the network.json baseline was read from; null: none

    private string NetworkPath => Path.Combine(dataDirectory, NetworkFile);

    /// <inheritdoc />
    /// <remarks>Writes network.json atomically under the lock file; the bundled geodata is never changed, so deleting the file restores it.</remarks>
    public Task ReplaceNetworkAsync(IReadOnlyList<Road> roads, IReadOnlyList<WaterBody> water, CancellationToken cancellationToken)
    {
        NetworkCheck.Require(roads, water);
        var network = NetworkDto.From(roads, water);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(network, EmbeddedDtos.Json);
        lock (sync)
        {
            using var fileLock = AcquireFileLock(cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            AtomicFile.WriteAllBytes(NetworkPath, bytes);
            baseline = network.Over(baseline);
            networkStamp = NetworkStamp();
            view = null;
        }

        return Task.CompletedTask;
    }

    /// <summary>Reads network.json again when it changed since it was last read (or appeared, or went). Under <see cref="sync"/>.</summary>
    private void CatchUpNetwork()
    {
        var stamp = NetworkStamp();
        if (stamp == networkStamp)
        {
            return;
        }

        baseline = stamp is null
            ? baseline with { Roads = bundled.Roads, Water = bundled.Water }
            : JsonSerializer.Deserialize<NetworkDto>(File.ReadAllBytes(NetworkPath), EmbeddedDtos.Json)!.Over(baseline);
        networkStamp = stamp;
        view = null;
    }

    private (DateTime WrittenUtc, long Bytes)? NetworkStamp()
    {
        var file = new FileInfo(NetworkPath);
        return file.Exists ? (file.LastWriteTimeUtc, file.Length) : null;
    }
}
