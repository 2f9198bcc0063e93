namespace Hanyang.Gis.Domain.Stores;

/// <summary>A property a layer's features can be filtered on by equality, with a value to show in examples.</summary>
/// <param name="Name">The property's name in the GeoJSON and the stores' column, e.g. "class".</param>
/// <param name="Example">A value that occurs in the plan, e.g. "arterial", for "items?class=arterial".</param>
public sealed record PlanQueryable(string Name, string Example);
