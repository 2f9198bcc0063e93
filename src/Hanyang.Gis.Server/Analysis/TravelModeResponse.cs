using System.Text.Json.Serialization;
using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Standards;

namespace Hanyang.Gis.Server.Analysis;

/// <summary>A travel mode as the map and other clients name it (<c>GET /api/travel-modes</c>).</summary>
/// <param name="Id">The mode identifier for <c>mode=</c>, e.g. walk-slow.</param>
/// <param name="LabelZh">The short Chinese label, e.g. 慢行.</param>
/// <param name="ForWhomZh">Who the mode stands for when it is not everyone (老人/儿童), or null.</param>
/// <param name="Access">walking or driving.</param>
/// <param name="SpeedZh">The speed the analysis uses for it, e.g. "4.5 km/h".</param>
internal sealed record TravelModeResponse(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("label_zh")] string LabelZh,
    [property: JsonPropertyName("for_whom_zh")] string? ForWhomZh,
    [property: JsonPropertyName("access")] string Access,
    [property: JsonPropertyName("speed_zh")] string SpeedZh)
{
    /// <summary>The response for a catalogue entry, with the speed of <see cref="TravelProfiles"/>.</summary>
    public static TravelModeResponse From(TravelModeTerm mode) =>
        new(mode.Id, mode.LabelZh, mode.ForWhomZh, Identifiers.Of(mode.Access), TravelProfiles.SpeedDescription(mode.Id) ?? "");
}
