using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Analysis.Siting;

/// <summary>A place a new facility could go.</summary>
/// <param name="Id">Candidate site id (geodata id, <c>grid-…</c> or <c>point-…</c>).</param>
/// <param name="Name">Name shown to planners.</param>
/// <param name="Location">Location in EPSG:4547.</param>
/// <param name="Origin">geodata, grid or user.</param>
public sealed record SitingCandidate(string Id, string Name, Point Location, string Origin);
