namespace Hanyang.Gis.Domain;

/// <summary>Where a feature comes from and how accurate it is.</summary>
/// <param name="Accuracy">The accuracy class.</param>
/// <param name="Source">A short human-readable source, e.g. "traced from OpenStreetMap (ODbL)".</param>
public sealed record Provenance(Accuracy Accuracy, string Source);
