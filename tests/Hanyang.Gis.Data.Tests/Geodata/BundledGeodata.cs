using Hanyang.Gis.Data.Geodata;
using Hanyang.Gis.Domain.Plan;

namespace Hanyang.Gis.Data.Tests.Geodata;

/// <summary>The repository's geodata/hanyang, loaded once for all data tests.</summary>
public static class BundledGeodata
{
    private static readonly Lazy<(string Directory, PlanDataset Plan)> Loaded = new(() =>
    {
        var directory = GeodataLoader.FindBundledDirectory()
            ?? throw new InvalidOperationException("geodata/hanyang was not found above the test output directory");
        return (directory, GeodataLoader.Load(directory));
    });

    /// <summary>The loaded plan (EPSG:4547).</summary>
    public static PlanDataset Plan => Loaded.Value.Plan;

    /// <summary>The geodata/hanyang directory.</summary>
    public static string Directory => Loaded.Value.Directory;

    /// <summary>geodata/reference in the repository: the OpenStreetMap and Wikidata references (a bare clone has them).</summary>
    public static string ReferenceDirectory => Path.GetFullPath(Path.Combine(Directory, "..", "reference"));
}
