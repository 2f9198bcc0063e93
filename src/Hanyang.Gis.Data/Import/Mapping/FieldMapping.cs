namespace Hanyang.Gis.Data.Import.Mapping;

/// <summary>One property of the imported feature and where its value comes from.</summary>
/// <param name="Target">The property the system reads, e.g. kind, name, capacity.</param>
/// <param name="Sources">The file's columns or fields that may hold it; the first the file has is used.</param>
/// <param name="Path">Where the mapping says so, for messages: "$.fields.name" or "preset amap: name".</param>
/// <param name="Values">Source value → property value, when values are translated (道路等级 快速路 → expressway); null when copied as they are.</param>
/// <param name="ValuesPath">Where the value map is written, for messages.</param>
/// <param name="Optional">A file without any of the sources is accepted (the property is then absent); otherwise it is a problem.</param>
public sealed record FieldMapping(string Target, IReadOnlyList<string> Sources, string Path, IReadOnlyDictionary<string, string>? Values = null, string? ValuesPath = null, bool Optional = false);
