namespace Hanyang.Gis.Server;

/// <summary>Which store the server uses, for the log and the landing page.</summary>
/// <param name="Description">e.g. "embedded store over geodata/hanyang, edits in …" or "PostGIS".</param>
public sealed record PlanStoreInfo(string Description);
