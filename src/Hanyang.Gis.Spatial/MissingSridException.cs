namespace Hanyang.Gis.Spatial;

/// <summary>A geometry carries no SRID, so its coordinates cannot be interpreted. The system never guesses a CRS.</summary>
public sealed class MissingSridException(string? subject, int? expectedSrid)
    : GeometryRejectedException(subject, "the geometry has no coordinate reference system (SRID 0)"
        + (expectedSrid is { } srid ? $"; expected {Srid.Describe(srid)}" : "; say which CRS the data is in"))
{
    /// <summary>The SRID the caller required, when there was one.</summary>
    public int? ExpectedSrid { get; } = expectedSrid;
}
