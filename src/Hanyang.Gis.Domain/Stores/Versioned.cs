namespace Hanyang.Gis.Domain.Stores;

/// <summary>A stored value with the version an edit must name to change it.</summary>
/// <typeparam name="T">The value type.</typeparam>
/// <param name="Value">The value.</param>
/// <param name="Version">Its version; each successful edit increments it.</param>
public sealed record Versioned<T>(T Value, long Version);
