using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Server.Ogc;

/// <summary>What an items request asks a collection for, already checked by <see cref="OgcApi"/>.</summary>
/// <param name="Box">The bbox in EPSG:4547, or null for all.</param>
/// <param name="Where">Equality filters on queryables (one non-empty value each).</param>
/// <param name="Offset">Items to skip.</param>
/// <param name="Limit">Items per page.</param>
internal sealed record OgcItemsQuery(Envelope? Box, IReadOnlyDictionary<string, string> Where, int Offset, int Limit);
