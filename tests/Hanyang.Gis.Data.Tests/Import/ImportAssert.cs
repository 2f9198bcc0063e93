using Hanyang.Gis.Data.Import;
using Hanyang.Gis.Spatial.Crs;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Data.Tests.Import;

/// <summary>Reading files through <see cref="LayerImporter"/> and asserting on the outcome.</summary>
public static class ImportAssert
{
    public static LayerImportResult Read(string path, SourceCrs? crs = null, bool makeValid = false, ImportLimits? limits = null) =>
        LayerImporter.Read(path, "test-layer", new ImportOptions(crs, makeValid, limits), null, CancellationToken.None);

    /// <summary>Asserts the import was accepted and returns it.</summary>
    public static LayerImportResult Accepted(LayerImportResult result)
    {
        Assert.True(result.Report.IsAccepted, string.Join(Environment.NewLine, result.Report.Problems));
        return result;
    }

    /// <summary>Asserts the import was refused with exactly one problem, containing every fragment, and returns it.</summary>
    public static ImportProblem SingleProblem(LayerImportResult result, params string[] fragments)
    {
        var problem = Assert.Single(result.Report.Problems);
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, problem.ToString(), StringComparison.Ordinal);
        }

        return problem;
    }

    public static void Near(Coordinate expected, Coordinate actual, double toleranceMeters) =>
        Assert.True(expected.Distance(actual) <= toleranceMeters, $"expected {expected} within {toleranceMeters} m, got {actual} ({expected.Distance(actual):0.###} m away)");
}
