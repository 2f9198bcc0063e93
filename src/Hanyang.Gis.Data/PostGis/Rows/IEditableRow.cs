namespace Hanyang.Gis.Data.PostGis.Rows;

/// <summary>
/// A row users edit under optimistic concurrency. <see cref="Version"/> starts at 1 and each edit
/// increments it. <see cref="SeededVersion"/> is the version the last seed wrote, null for rows users
/// added: a seed refreshes a row only while the two are equal, so it never overwrites a user's edit.
/// </summary>
internal interface IEditableRow
{
    string Id { get; }

    long Version { get; set; }

    long? SeededVersion { get; set; }
}
