using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Spatial;

namespace Hanyang.Gis.Data.Embedded;

/// <summary>Imported communities as stored in communities.json; they take the place of the bundled ones.</summary>
/// <param name="Communities">Every community.</param>
internal sealed record CommunitiesDto(CommunityDto[] Communities)
{
    public static CommunitiesDto From(IReadOnlyList<Community> communities) => new(communities.Select(c => new CommunityDto(
        c.Code.Value, c.Name, c.Street.Value, c.Population, c.Households, EmbeddedDtos.Wkt(c.Location), c.Area is null ? null : EmbeddedDtos.Wkt(c.Area),
        Identifiers.Of(c.Provenance.Accuracy), c.Provenance.Source, c.PopulationSource?.Source, c.PopulationSource?.Year,
        c.PopulationSource is { AgeGroups.Count: > 0 } p ? p.AgeGroups.Select(g => new AgeGroupDto(g.Group, g.Residents)).ToArray() : null)).ToArray());

    /// <summary><paramref name="plan"/> with these communities in place of its own, ordered by code.</summary>
    public PlanDataset Over(PlanDataset plan) => plan with
    {
        Communities = Communities.OrderBy(c => c.Code, StringComparer.Ordinal).Select(ToCommunity).ToArray(),
    };

    private static Community ToCommunity(CommunityDto d) => new(
        new CommunityCode(d.Code), d.Name, new StreetCode(d.Street), d.Population, d.Households,
        (NetTopologySuite.Geometries.Point)GeometryFactories.FromWkt(d.Wkt, Srid.Internal),
        d.AreaWkt is null ? null : GeometryFactories.FromWkt(d.AreaWkt, Srid.Internal),
        new Provenance(Identifiers.Parse<Accuracy>(d.Accuracy), d.Source),
        d.PopulationSource is null ? null : new PopulationSource(d.PopulationSource, d.PopulationYear, d.AgeGroups?.Select(g => new AgeGroupCount(g.Group, g.Residents)).ToArray() ?? []));
}

/// <summary>A community as stored.</summary>
internal sealed record CommunityDto(
    string Code, string Name, string Street, int Population, int Households, string Wkt, string? AreaWkt, string Accuracy, string Source,
    string? PopulationSource, int? PopulationYear, AgeGroupDto[]? AgeGroups);

/// <summary>Residents of an age group as stored.</summary>
internal sealed record AgeGroupDto(string Group, int Residents);
