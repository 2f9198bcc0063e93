using Hanyang.Gis.Analysis.Coverage;
using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Network;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Analysis.Siting;

/// <summary>
/// Travel seconds from a point (a facility or a candidate site) to every community it reaches within a budget,
/// by the same rules as <see cref="CoverageAnalyzer"/> (one <see cref="NetworkJoin"/>). One bounded search per
/// point; its cost grows with what it reaches.
/// </summary>
internal sealed class CommunityTravelTimes
{
    private readonly NetworkJoin join;
    private readonly JoinedTargets communities;
    private readonly BoundedSearch search;

    public CommunityTravelTimes(NetworkJoin join, IReadOnlyList<Community> communities)
    {
        this.join = join;
        this.communities = join.Targets([.. communities.Select(c => join.Snap(c.Location))]);
        search = join.Network.CreateSearch();
    }

    /// <summary>Whether a point joins the network under the join's snap policy.</summary>
    public bool OnNetwork(Point point) => join.Snap(point) is not null;

    /// <summary>(community index, seconds) for every community <paramref name="point"/> reaches within <paramref name="budgetSeconds"/>.</summary>
    public IReadOnlyList<(int Community, double Seconds)> From(Point point, double budgetSeconds) =>
        join.Snap(point) is { } from ? communities.Within(join.Search(from, budgetSeconds, search: search), budgetSeconds) : [];
}
