namespace Hanyang.Gis.Analysis.Siting;

/// <summary>A siting run would exceed its <see cref="SitingLimits"/>; the message says by how much and what to change.</summary>
public sealed class SitingTooLargeException(string message) : Exception(message);
