namespace Hanyang.Gis.Domain.Standards;

/// <summary>A travel mode as planners name it. Its speeds are configuration of the analysis, not part of the name.</summary>
/// <param name="Id">The identifier the CLI (<c>--mode</c>), the API (<c>mode=</c>) and cached circle sets use.</param>
/// <param name="LabelZh">The short Chinese label, e.g. 步行, 高峰驾车.</param>
/// <param name="ForWhomZh">Who the mode stands for when it is not everyone (慢行: 老人/儿童), or null.</param>
/// <param name="Access">Whether the mode walks or drives.</param>
public sealed record TravelModeTerm(string Id, string LabelZh, string? ForWhomZh, AccessMode Access)
{
    /// <summary>The label with its audience, e.g. "慢行（老人/儿童）"; the short label when the mode is for everyone.</summary>
    public string FullLabelZh => ForWhomZh is null ? LabelZh : $"{LabelZh}（{ForWhomZh}）";
}
