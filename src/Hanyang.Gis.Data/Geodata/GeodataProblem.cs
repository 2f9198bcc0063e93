namespace Hanyang.Gis.Data.Geodata;

/// <summary>One reason a geodata file cannot be loaded, pinned to the file and, where there is one, the feature.</summary>
/// <param name="File">The file name, e.g. "roads.geojson".</param>
/// <param name="FeatureIndex">Zero-based index of the feature in the collection; null for file-level problems.</param>
/// <param name="FeatureId">The feature's id property, when it has one.</param>
/// <param name="Reason">What is wrong, e.g. "class: 'highway' is not a known RoadClass; expected one of: …".</param>
public sealed record GeodataProblem(string File, int? FeatureIndex, string? FeatureId, string Reason)
{
    /// <summary>"roads.geojson feature 17 (id road-0042): reason".</summary>
    public override string ToString() => FeatureIndex is null
        ? $"{File}: {Reason}"
        : FeatureId is null
            ? $"{File} feature {FeatureIndex}: {Reason}"
            : $"{File} feature {FeatureIndex} (id {FeatureId}): {Reason}";
}
