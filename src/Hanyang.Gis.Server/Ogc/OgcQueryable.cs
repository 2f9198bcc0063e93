namespace Hanyang.Gis.Server.Ogc;

/// <summary>A queryable property of a collection, as /queryables lists it.</summary>
/// <param name="Name">The property, e.g. "class".</param>
/// <param name="Type">Its JSON Schema type: "string" or "number".</param>
/// <param name="Example">A value to show, e.g. "arterial" (items?class=arterial).</param>
internal sealed record OgcQueryable(string Name, string Type, string Example);
