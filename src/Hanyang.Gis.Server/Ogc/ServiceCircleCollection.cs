using System.Globalization;
using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Analysis.ServiceCircles;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Standards;
using Hanyang.Gis.Server.Analysis;
using Hanyang.Gis.Spatial;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Server.Ogc;

/// <summary>
/// The collection "service-circles": the network service circles of every existing facility of a kind, and
/// their union, as the plan stores them (computed along the roads when the stored set is stale). Queryables
/// kind, mode and minutes choose them; without them every kind at its primary standard (e.g. 小学 10
/// minutes on foot, 医院 10 minutes by car). GIS users add it in QGIS or read it with GDAL like any layer.
/// </summary>
internal static class ServiceCircleCollection
{
    public const string Id = "service-circles";

    public const string Title = "服务圈（沿路网）";

    public const string Description = "Network service circles of every existing facility of a kind and their union (derived from approximate facilities and OSM-derived roads); filter with kind, mode (walk, walk-slow, drive, drive-peak) and minutes";

    public static readonly IReadOnlyList<string> Queryables = ["kind", "mode", "minutes"];

    /// <summary>What the query asks for: (kind, mode, minutes) triples, or a problem naming the bad parameter.</summary>
    public static (IReadOnlyList<(FacilityKind Kind, string Mode, double Minutes)> Sets, string? Problem) Parse(IQueryCollection query)
    {
        FacilityKind[] kinds;
        if (query.TryGetValue("kind", out var k))
        {
            if (!Identifiers.TryParse<FacilityKind>(k.ToString(), out var kind))
            {
                return ([], $"kind '{k}' is not a facility kind; use one of {string.Join(", ", Identifiers.All<FacilityKind>())}");
            }

            kinds = [kind];
        }
        else
        {
            kinds = Enum.GetValues<FacilityKind>();
        }

        string? mode = null;
        if (query.TryGetValue("mode", out var m))
        {
            mode = m.ToString();
            try
            {
                TravelProfiles.Parse(mode);
            }
            catch (FormatException e)
            {
                return ([], e.Message);
            }
        }

        double? minutes = null;
        if (query.TryGetValue("minutes", out var t))
        {
            if (!double.TryParse(t.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value is not (> 0 and <= 60))
            {
                return ([], $"minutes '{t}': give a budget between 0 and 60");
            }

            minutes = value;
        }

        return ([.. kinds.Select(kind =>
        {
            var standard = ServiceStandards.PrimaryFor(kind);
            return (kind, mode ?? (standard.Mode == AccessMode.Driving ? "drive" : "walk"), minutes ?? standard.Minutes);
        })], null);
    }

    /// <summary>The circles of <paramref name="sets"/> that meet <paramref name="box"/> (EPSG:4547), in order.</summary>
    public static async Task<IReadOnlyList<(Geometry Geometry, IReadOnlyDictionary<string, object?> Properties)>> ListAsync(
        AnalysisService analysis, IReadOnlyList<(FacilityKind Kind, string Mode, double Minutes)> sets, Envelope? box, CancellationToken cancellationToken)
    {
        var (plan, network) = await analysis.CurrentAsync(cancellationToken);
        var names = plan.Facilities.ToDictionary(f => f.Id, f => f.Name);
        var features = new List<(Geometry, IReadOnlyDictionary<string, object?>)>();
        var boxGeometry = box is null ? null : GeometryFactories.Internal.ToGeometry(box);
        foreach (var (kind, mode, minutes) in sets)
        {
            var circles = (await analysis.ServiceCircles.GetOrComputeAsync(plan, network, kind, TravelProfiles.Parse(mode), minutes, cancellationToken)).Circles;
            foreach (var circle in circles.Where(c => boxGeometry is null || c.Area.EnvelopeInternal.Intersects(box) && c.Area.Intersects(boxGeometry)))
            {
                var properties = new Dictionary<string, object?>(ServiceCircleProperties.Of(circle, names))
                {
                    ["mode"] = mode,
                    ["profile"] = circle.Mode,
                    ["accuracy"] = "approximate",
                    ["source"] = "computed by Hanyang.Gis along the road network (OSM-derived, synthetic local streets) from the facilities' locations (approximate or synthetic)",
                };
                features.Add((circle.Area, properties));
            }
        }

        return features;
    }
}
