using System.Globalization;
using System.Text.Json;
using Hanyang.Gis.Data.Files;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Stores;
using Hanyang.Gis.Spatial;

namespace Hanyang.Gis.Data.Embedded;

/// <summary>Stored service circles: one file per (kind, mode, minutes) under circles/, replaced atomically.</summary>
public sealed partial class EmbeddedPlanStore
{
    private const string CirclesDirectory = "circles";

    /// <inheritdoc />
    public Task ReplaceServiceCirclesAsync(FacilityKind kind, string mode, double minutes, IReadOnlyList<StoredServiceCircle> circles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(circles);
        var dtos = circles.Select(c => new CircleDto(c.Id, Identifiers.Of(c.Kind), c.Mode, c.Minutes, c.Facility?.Value, EmbeddedDtos.Wkt(c.Area), c.ReachedMeters, c.DataVersion, c.ComputedAt)).ToArray();
        cancellationToken.ThrowIfCancellationRequested();
        AtomicFile.WriteAllBytes(CirclePath(kind, mode, minutes), JsonSerializer.SerializeToUtf8Bytes(dtos, EmbeddedDtos.Json));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredServiceCircle>> ListServiceCirclesAsync(FacilityKind kind, string mode, double minutes, CancellationToken cancellationToken)
    {
        var path = CirclePath(kind, mode, minutes);
        IReadOnlyList<StoredServiceCircle> result = !File.Exists(path)
            ? []
            : JsonSerializer.Deserialize<CircleDto[]>(File.ReadAllBytes(path), EmbeddedDtos.Json)!
                .Select(d => new StoredServiceCircle(d.Id, Identifiers.Parse<FacilityKind>(d.Kind), d.Mode, d.Minutes, d.Facility is null ? null : new FacilityId(d.Facility),
                    GeometryFactories.FromWkt(d.Wkt, Srid.Internal), d.ReachedMeters, d.DataVersion, d.ComputedAt))
                .OrderBy(c => c.Id, StringComparer.Ordinal)
                .ToArray();
        return Task.FromResult(result);
    }

    private string CirclePath(FacilityKind kind, string mode, double minutes)
    {
        if (!mode.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_'))
        {
            throw new ArgumentException($"'{mode}' is not a travel mode name", nameof(mode));
        }

        return Path.Combine(dataDirectory, CirclesDirectory, string.Create(CultureInfo.InvariantCulture, $"{Identifiers.Of(kind)}_{mode}_{minutes:0.###}.json"));
    }

    private sealed record CircleDto(string Id, string Kind, string Mode, double Minutes, string? Facility, string Wkt, double ReachedMeters, string DataVersion, DateTimeOffset ComputedAt);
}
