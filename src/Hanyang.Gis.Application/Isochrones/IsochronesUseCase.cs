using Hanyang.Gis.Analysis.ServiceCircles;
using Hanyang.Gis.Application.Requests;
using Hanyang.Gis.Domain;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Application.Isochrones;

/// <summary>Service circles of every existing facility of a kind, and their union (GET /api/isochrones, <c>hanyang isochrones</c>).</summary>
public static class IsochronesUseCase
{
    /// <summary>The circles, from the workspace's cache, the store or computed now.</summary>
    public static async Task<IsochronesResult> RunAsync(PlanWorkspace workspace, BudgetRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        var (plan, network) = await workspace.CurrentAsync(cancellationToken).ConfigureAwait(false);
        var existing = plan.Facilities.Count(f => f.Kind == request.Kind && f.Status == BuildStatus.Existing);
        var set = await workspace.ServiceCircles.GetOrComputeAsync(plan, network, request.Kind, request.Profile, request.Minutes, cancellationToken).ConfigureAwait(false);
        var names = plan.Facilities.ToDictionary(f => f.Id, f => f.Name);
        return new IsochronesResult(request, existing, set, [.. set.Circles.Select(c => (c.Area, ServiceCircleProperties.Of(c, names)))]);
    }
}

/// <summary>The service circles of a kind.</summary>
/// <param name="Request">What was asked.</param>
/// <param name="ExistingFacilities">Existing facilities of the kind in the plan (0: there is nothing to draw).</param>
/// <param name="Set">The set: its key, circles and where they came from.</param>
/// <param name="Features">Each circle (the union last or first, as the set holds it) with its GeoJSON properties.</param>
public sealed record IsochronesResult(
    BudgetRequest Request,
    int ExistingFacilities,
    ServiceCircleSet Set,
    IReadOnlyList<(Geometry Geometry, IReadOnlyDictionary<string, object?> Properties)> Features);
