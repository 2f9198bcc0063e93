namespace Hanyang.Gis.Spatial;

/// <summary>A geometry is in another coordinate reference system than the one required here.</summary>
public sealed class UnexpectedSridException(string? subject, int expectedSrid, int actualSrid)
    : GeometryRejectedException(subject, $"the geometry is in {Srid.Describe(actualSrid)} but {Srid.Describe(expectedSrid)} is required")
{
    /// <summary>The SRID the caller required.</summary>
    public int ExpectedSrid { get; } = expectedSrid;

    /// <summary>The SRID the geometry carries.</summary>
    public int ActualSrid { get; } = actualSrid;
}
