using System.Globalization;
using System.Text.Json;
using Hanyang.Gis.Data.Files;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Stores;
using Hanyang.Gis.Spatial;

namespace Hanyang.Gis.Data.Embedded;

/// <summary>
/// Stored service circles: one file per set under circles/, named by the set's canonical key and replaced
/// atomically (a concurrent replace of the same set leaves one complete file, the last one written).
/// </summary>
public sealed partial class EmbeddedPlanStore
{
    private const string CirclesDirectory = "circles";

    /// <inheritdoc />
    public Task ReplaceServiceCirclesAsync(ServiceCircleSetKey circleSet, IReadOnlyList<StoredServiceCircle> circles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(circles);
        var dtos = circles.Select(c => new CircleDto(c.Id, Identifiers.Of(c.Kind), c.Mode, c.Minutes, c.Facility?.Value, EmbeddedDtos.Wkt(c.Area), c.ReachedMeters, c.DataVersion, c.ComputedAt)).ToArray();
        cancellationToken.ThrowIfCancellationRequested();
        AtomicFile.WriteAllBytes(CirclePath(circleSet), JsonSerializer.SerializeToUtf8Bytes(dtos, EmbeddedDtos.Json));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredServiceCircle>> ListServiceCirclesAsync(ServiceCircleSetKey circleSet, CancellationToken cancellationToken)
    {
        var path = CirclePath(circleSet);
        IReadOnlyList<StoredServiceCircle> result = !File.Exists(path)
            ? []
            : JsonSerializer.Deserialize<CircleDto[]>(File.ReadAllBytes(path), EmbeddedDtos.Json)!
                .Select(d => new StoredServiceCircle(d.Id, Identifiers.Parse<FacilityKind>(d.Kind), d.Mode, d.Minutes, d.Facility is null ? null : new FacilityId(d.Facility),
                    GeometryFactories.FromWkt(d.Wkt, Srid.Internal), d.ReachedMeters, d.DataVersion, d.ComputedAt))
                .OrderBy(c => c.Id, StringComparer.Ordinal)
                .ToArray();
        return Task.FromResult(result);
    }

    /// <inheritdoc />
    public Task<int> PruneServiceCirclesAsync(Func<ServiceCircleSetKey, bool> keep, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keep);
        var directory = Path.Combine(dataDirectory, CirclesDirectory);
        var pruned = 0;
        foreach (var path in Directory.Exists(directory) ? Directory.EnumerateFiles(directory, "*.json") : [])
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (CircleSetOf(path) is not { } set || !keep(set))
            {
                File.Delete(path);
                pruned++;
            }
        }

        return Task.FromResult(pruned);
    }

    /// <summary>The set a file under circles/ holds, or null when its name is not the canonical name of a set.</summary>
    private ServiceCircleSetKey? CircleSetOf(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var (first, last) = (name.IndexOf('_', StringComparison.Ordinal), name.LastIndexOf('_'));
        if (first <= 0 || last <= first + 1
            || !Identifiers.TryParse<FacilityKind>(name[..first], out var kind)
            || !double.TryParse(name[(last + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var minutes)
            || !IsModeName(name[(first + 1)..last])
            || !ServiceCircleSetKey.TryCreate(kind, name[(first + 1)..last], minutes, out var set))
        {
            return null;
        }

        return Path.GetFileName(CirclePath(set)) == Path.GetFileName(path) ? set : null;
    }

    private string CirclePath(ServiceCircleSetKey circleSet)
    {
        if (!IsModeName(circleSet.Mode))
        {
            throw new ArgumentException($"'{circleSet.Mode}' is not a travel mode name", nameof(circleSet));
        }

        return Path.Combine(dataDirectory, CirclesDirectory, string.Create(CultureInfo.InvariantCulture, $"{Identifiers.Of(circleSet.Kind)}_{circleSet.Mode}_{circleSet.Minutes:0.#}.json"));
    }

    private static bool IsModeName(string mode) => mode.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_');

    private sealed record CircleDto(string Id, string Kind, string Mode, double Minutes, string? Facility, string Wkt, double ReachedMeters, string DataVersion, DateTimeOffset ComputedAt);
}
