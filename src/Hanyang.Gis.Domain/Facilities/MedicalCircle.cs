namespace Hanyang.Gis.Domain.Facilities;

/// <summary>The plan's four 10-minute medical emergency circles, 东中南西 (ch. 9, note 17).</summary>
public enum MedicalCircle
{
    /// <summary>东部 comprehensive circle, led by 武汉市第五医院.</summary>
    East,

    /// <summary>中部 specialist circle, led by 汉阳医院.</summary>
    Centre,

    /// <summary>南部 integrated Chinese–Western medicine and rehabilitation circle.</summary>
    South,

    /// <summary>西部 internet + smart medical rescue circle, centred on 龙阳湖健康谷.</summary>
    West,
}
