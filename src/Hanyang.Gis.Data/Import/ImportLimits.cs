namespace Hanyang.Gis.Data.Import;

/// <summary>Size limits that protect the server from files too large to import in memory.</summary>
/// <param name="MaxFileBytes">Largest file accepted (for a Shapefile, .shp, .dbf and .prj together), in bytes.</param>
/// <param name="MaxFeatures">Most features (or CSV rows) accepted in one file.</param>
public sealed record ImportLimits(long MaxFileBytes, int MaxFeatures)
{
    /// <summary>The defaults: 256 MB and 1,000,000 features.</summary>
    public static ImportLimits Default { get; } = new(256L * 1024 * 1024, 1_000_000);
}
