namespace Hanyang.Gis.Server.Health;

/// <summary>The body of /health.</summary>
/// <param name="Status">"ok" or "unavailable".</param>
/// <param name="Store">"postgis" or "embedded".</param>
/// <param name="Description">Which store, as the server logged it at start.</param>
/// <param name="Problem">Why the store does not answer; null when it does.</param>
internal sealed record HealthReport(string Status, string Store, string Description, string? Problem);
