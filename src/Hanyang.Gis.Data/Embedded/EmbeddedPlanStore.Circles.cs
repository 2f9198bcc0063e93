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

    private string CirclePath(ServiceCircleSetKey circleSet)
    {
        if (!circleSet.Mode.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_'))
        {
            throw new ArgumentException($"'{circleSet.Mode}' is not a travel mode name", nameof(circleSet));
        }

        return Path.Combine(dataDirectory, CirclesDirectory, string.Create(CultureInfo.InvariantCulture, $"{Identifiers.Of(circleSet.Kind)}_{circleSet.Mode}_{circleSet.Minutes:0.#}.json"));
    }

    private sealed record CircleDto(string Id, string Kind, string Mode, double Minutes, string? Facility, string Wkt, double ReachedMeters, string DataVersion, DateTimeOffset ComputedAt);
}
