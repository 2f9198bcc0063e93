namespace Hanyang.Gis.Data.PostGis;

/// <summary>What a seed did, counted in rows over every table.</summary>
/// <param name="Inserted">Rows that were missing and were added.</param>
/// <param name="Updated">Rows whose content differed from the dataset and were refreshed (editable rows get a new version).</param>
/// <param name="Unchanged">Rows already identical to the dataset.</param>
/// <param name="Deleted">Rows of reference layers (district, streets, …, roads, targets) that the dataset no longer has.</param>
/// <param name="KeptEdits">Facilities and candidate sites that users edited or added with a dataset id: left as the users saved them.</param>
public sealed record SeedResult(int Inserted, int Updated, int Unchanged, int Deleted, int KeptEdits)
{
    /// <summary>True when the seed wrote nothing.</summary>
    public bool ChangedNothing => Inserted == 0 && Updated == 0 && Deleted == 0;
}
