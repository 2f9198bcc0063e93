using Hanyang.Gis.Domain.Stores;

namespace Hanyang.Gis.Analysis.ServiceCircles;

/// <summary>The service circles of every existing facility of a kind and their union, as <see cref="ServiceCircleCache"/> hands them out.</summary>
/// <param name="Key">The canonical parameters: kind, travel profile and the budget rounded to 0.1 minute.</param>
/// <param name="Circles">The circles, ordered by id; the union's facility is null.</param>
/// <param name="Source">Where they came from.</param>
public sealed record ServiceCircleSet(ServiceCircleSetKey Key, IReadOnlyList<StoredServiceCircle> Circles, ServiceCircleSource Source);
