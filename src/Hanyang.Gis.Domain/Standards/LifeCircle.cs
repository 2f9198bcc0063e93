namespace Hanyang.Gis.Domain.Standards;

/// <summary>The life-circle levels of GB 50180-2018 (城市居住区规划设计标准) §1.0.3 and §2.0.2–2.0.4.</summary>
public enum LifeCircle
{
    /// <summary>5分钟生活圈居住区: walking distance ≈300 m.</summary>
    FiveMinute,

    /// <summary>10分钟生活圈居住区: walking distance ≈500 m.</summary>
    TenMinute,

    /// <summary>15分钟生活圈居住区: walking distance ≈800–1000 m.</summary>
    FifteenMinute,
}
