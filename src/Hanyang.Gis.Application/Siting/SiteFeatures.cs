using Hanyang.Gis.Analysis.Siting;
using Hanyang.Gis.Domain;

namespace Hanyang.Gis.Application.Siting;

/// <summary>The GeoJSON properties of a chosen site — written once for the API, <c>hanyang site --out</c> and <c>hanyang report --siting</c>.</summary>
public static class SiteFeatures
{
    /// <summary>The site, the facility proposed there and the question it answers.</summary>
    public static IReadOnlyDictionary<string, object?> Properties(SitingResult result, SitedFacility site)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(site);
        return new Dictionary<string, object?>
        {
            ["id"] = site.Facility.Id.Value,
            ["name"] = site.Facility.Name,
            ["kind"] = Identifiers.Of(site.Facility.Kind),
            ["status"] = "planned",
            ["candidate_id"] = site.Candidate.Id,
            ["candidate_origin"] = site.Candidate.Origin,
            ["capacity"] = site.Facility.Capacity,
            ["capacity_unit"] = site.Facility.CapacityUnit is { } unit ? Identifiers.Of(unit) : null,
            ["assigned_units"] = site.AssignedUnits,
            ["covered_population"] = site.CoveredPopulation,
            ["gain_population"] = site.GainPopulation,
            ["objective"] = Identifiers.Of(result.Request.Objective),
            ["mode"] = result.Request.Profile.Name,
            ["minutes"] = result.Request.Minutes,
            ["solver"] = result.Selection.Solver.ToString().ToLowerInvariant(),
            ["accuracy"] = "synthetic",
            ["source"] = site.Facility.Provenance.Source,
        };
    }
}
