namespace Hanyang.Gis.Server.Health;

/// <summary>The body of /health.</summary>
/// <param name="Status">"ok" or "unavailable".</param>
/// <param name="Store">"postgis" or "embedded".</param>
/// <param name="Description">Which store, as the server logged it at start.</param>
/// <param name="Reason">Why the store cannot serve: "unreachable", "login-refused", "not-migrated" or "not-seeded"; null when it can.</param>
/// <param name="Problem">What failed and what to run or check; null when the store can serve.</param>
internal sealed record HealthReport(string Status, string Store, string Description, string? Reason, string? Problem);
