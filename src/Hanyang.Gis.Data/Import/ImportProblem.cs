namespace Hanyang.Gis.Data.Import;

/// <summary>One reason an import is refused, pinned to the file and, where there is one, the feature or CSV row.</summary>
/// <param name="File">The file name, e.g. "schools.csv" or "parcels.prj".</param>
/// <param name="Item">The feature or row; null for a problem with the whole file.</param>
/// <param name="Reason">What is wrong, e.g. "longitude 191.2 is out of range for EPSG:4326 (WGS84) (-180 to 180)".</param>
public sealed record ImportProblem(string File, ImportItem? Item, string Reason)
{
    /// <summary>"schools.csv row 17 (line 18): reason" or "parcels.prj: reason".</summary>
    public override string ToString() => Item is { } item ? $"{File} {item}: {Reason}" : $"{File}: {Reason}";
}
