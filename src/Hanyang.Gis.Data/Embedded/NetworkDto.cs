using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Roads;
using Hanyang.Gis.Spatial;

namespace Hanyang.Gis.Data.Embedded;

/// <summary>
/// The network that overrides the bundled roads and water (network.json), as stored: one file, written
/// atomically, so a reader sees the whole of one network or the whole of another.
/// </summary>
internal sealed record NetworkDto(RoadDto[] Roads, WaterDto[] Water)
{
    public static NetworkDto From(IReadOnlyList<Road> roads, IReadOnlyList<WaterBody> water) => new(
        roads.Select(r => new RoadDto(
            r.Id.Value, r.Name, Identifiers.Of(r.Class), r.Skeleton is { } s ? Identifiers.Of(s) : null, r.AlsoSkeleton is { } a ? Identifiers.Of(a) : null,
            r.OneWay, r.Bridge, r.Tunnel, r.Layer, r.Walkable, Identifiers.Of(r.Status), EmbeddedDtos.Wkt(r.Geometry),
            Identifiers.Of(r.Provenance.Accuracy), r.Provenance.Source)).ToArray(),
        water.Select(w => new WaterDto(w.Id, w.Name, Identifiers.Of(w.Kind), EmbeddedDtos.Wkt(w.Area), Identifiers.Of(w.Provenance.Accuracy), w.Provenance.Source)).ToArray());

    /// <summary><paramref name="plan"/> with this network in place of its roads and water, each ordered by id.</summary>
    public PlanDataset Over(PlanDataset plan) => plan with
    {
        Roads = Roads.OrderBy(r => r.Id, StringComparer.Ordinal).Select(ToRoad).ToArray(),
        Water = Water.OrderBy(w => w.Id, StringComparer.Ordinal).Select(ToWater).ToArray(),
    };

    private static Road ToRoad(RoadDto d) => new(
        new RoadId(d.Id), d.Name, Identifiers.Parse<RoadClass>(d.Class),
        d.Skeleton is null ? null : Identifiers.Parse<Skeleton>(d.Skeleton), d.AlsoSkeleton is null ? null : Identifiers.Parse<Skeleton>(d.AlsoSkeleton),
        d.OneWay, d.Bridge, d.Tunnel, d.Layer, d.Walkable, Identifiers.Parse<BuildStatus>(d.Status),
        (NetTopologySuite.Geometries.LineString)GeometryFactories.FromWkt(d.Wkt, Srid.Internal),
        new Provenance(Identifiers.Parse<Accuracy>(d.Accuracy), d.Source));

    private static WaterBody ToWater(WaterDto d) => new(
        d.Id, d.Name, Identifiers.Parse<WaterKind>(d.Kind), GeometryFactories.FromWkt(d.Wkt, Srid.Internal),
        new Provenance(Identifiers.Parse<Accuracy>(d.Accuracy), d.Source));
}

/// <summary>A road segment as stored.</summary>
internal sealed record RoadDto(string Id, string Name, string Class, string? Skeleton, string? AlsoSkeleton, bool OneWay, bool Bridge, bool Tunnel, int Layer, bool Walkable, string Status, string Wkt, string Accuracy, string Source);

/// <summary>A water body as stored.</summary>
internal sealed record WaterDto(string Id, string Name, string Kind, string Wkt, string Accuracy, string Source);
