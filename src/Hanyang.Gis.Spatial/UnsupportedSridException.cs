namespace Hanyang.Gis.Spatial;

/// <summary>An SRID the system has no definition for (only <see cref="Srid.Supported"/> are shipped).</summary>
public sealed class UnsupportedSridException(int srid, string? subject = null)
    : GeometryRejectedException(subject, $"{Srid.Describe(srid)} is not supported; supported are {string.Join(", ", Srid.Supported.Select(Srid.Describe))}")
{
    /// <summary>The SRID that was asked for.</summary>
    public int RequestedSrid { get; } = srid;
}
