using System.Globalization;
using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Analysis.ServiceCircles;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Plan;
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
internal sealed class ServiceCircleCollection(AnalysisService analysis) : IOgcCollection
{
    /// <inheritdoc />
    public string Id => "service-circles";

    /// <inheritdoc />
    public string Title => "服务圈（沿路网）";

    /// <inheritdoc />
    public string Description => "Network service circles of every existing facility of a kind and their union (derived from approximate facilities and OSM-derived roads); filter with kind, mode (walk, walk-slow, drive, drive-peak) and minutes";

    /// <inheritdoc />
    public bool IsComputed => true;

    /// <inheritdoc />
    public bool HasTiles => false;

    /// <inheritdoc />
    public IReadOnlyList<OgcQueryable> Queryables { get; } =
        [new("kind", "string", "primary-school"), new("mode", "string", "walk"), new("minutes", "number", "10")];

    /// <inheritdoc />
    public Envelope Extent(PlanDataset plan) => plan.District.Boundary.EnvelopeInternal;

    /// <inheritdoc />
    public async Task<OgcItemsResult> ListItemsAsync(OgcItemsQuery query, CancellationToken cancellationToken)
    {
        var (sets, invalid) = Parse(query.Where);
        if (invalid is not null)
        {
            return OgcItemsResult.Invalid(invalid);
        }

        var all = await ListAsync(sets, query.Box, cancellationToken);
        return new OgcItemsResult([.. all.Skip(query.Offset).Take(query.Limit)], all.Count, query.Offset);
    }

    /// <inheritdoc />
    /// <remarks>A circle is an item of a set chosen by kind, mode and minutes; it is not served on its own.</remarks>
    public Task<OgcFeature?> FindItemAsync(string featureId, CancellationToken cancellationToken) => Task.FromResult<OgcFeature?>(null);

    /// <summary>What the filters ask for: (kind, mode, minutes) triples, or a problem naming the bad parameter.</summary>
    private static (IReadOnlyList<(FacilityKind Kind, string Mode, double Minutes)> Sets, string? Problem) Parse(IReadOnlyDictionary<string, string> query)
    {
        FacilityKind[] kinds;
        if (query.TryGetValue("kind", out var k))
        {
            if (!Identifiers.TryParse<FacilityKind>(k, out var kind))
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
            mode = m;
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
            if (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value is not (> 0 and <= 60))
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
    private async Task<IReadOnlyList<OgcFeature>> ListAsync(IReadOnlyList<(FacilityKind Kind, string Mode, double Minutes)> sets, Envelope? box, CancellationToken cancellationToken)
    {
        var (plan, network) = await analysis.CurrentAsync(cancellationToken);
        var names = plan.Facilities.ToDictionary(f => f.Id, f => f.Name);
        var features = new List<OgcFeature>();
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
                features.Add(new OgcFeature(circle.Area, properties));
            }
        }

        return features;
    }
}
