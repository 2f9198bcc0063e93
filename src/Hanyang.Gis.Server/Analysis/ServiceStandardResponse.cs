using System.Text.Json.Serialization;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Standards;

namespace Hanyang.Gis.Server.Analysis;

/// <summary>A service standard as the API describes it.</summary>
/// <param name="Kind">The facility kind identifier.</param>
/// <param name="Primary">Whether it is the kind's primary standard, the budget coverage uses by default.</param>
/// <param name="Mode">The travel mode identifier the standard implies (walk or drive).</param>
/// <param name="Minutes">The travel-time budget in minutes.</param>
/// <param name="DistanceMeters">The service radius in metres, when the standard gives one.</param>
/// <param name="LifeCircle">The GB 50180-2018 life-circle level, when the standard is one.</param>
/// <param name="Source">The clause or document.</param>
internal sealed record ServiceStandardResponse(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("primary")] bool Primary,
    [property: JsonPropertyName("mode")] string Mode,
    [property: JsonPropertyName("minutes")] double Minutes,
    [property: JsonPropertyName("distance_meters")] double? DistanceMeters,
    [property: JsonPropertyName("life_circle")] string? LifeCircle,
    [property: JsonPropertyName("source")] string Source)
{
    /// <summary>The response for <paramref name="standard"/>.</summary>
    public static ServiceStandardResponse From(ServiceStandard standard) => new(
        Identifiers.Of(standard.Kind),
        ReferenceEquals(ServiceStandards.PrimaryFor(standard.Kind), standard),
        TravelModes.For(standard.Mode).Id,
        standard.Minutes,
        standard.DistanceMeters,
        standard.LifeCircle is { } circle ? Identifiers.Of(circle) : null,
        standard.Source);
}
