using Hanyang.Gis.Data.PostGis.Rows;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Roads;
using Hanyang.Gis.Domain.Stores;

namespace Hanyang.Gis.Data.PostGis;

/// <summary>Domain records to table rows and back; enums go in and out as their kebab-case identifiers.</summary>
internal static class RowMapping
{
    public static DistrictRow ToRow(District d) => new() { Code = d.Code, Name = d.Name, Geom = d.Boundary, Accuracy = Id(d.Provenance.Accuracy), Source = d.Provenance.Source };

    public static District ToDomain(DistrictRow r) => new(r.Code, r.Name, r.Geom, Provenance(r.Accuracy, r.Source));

    public static StreetRow ToRow(Street s) => new() { Code = s.Code.Value, Name = s.Name, Geom = s.Area, Accuracy = Id(s.Provenance.Accuracy), Source = s.Provenance.Source };

    public static Street ToDomain(StreetRow r) => new(new StreetCode(r.Code), r.Name, r.Geom, Provenance(r.Accuracy, r.Source));

    public static CommunityRow ToRow(Community c) => new()
    {
        Code = c.Code.Value, Name = c.Name, StreetCode = c.Street.Value, Population = c.Population, Households = c.Households,
        Geom = c.Location, AreaGeom = c.Area, Accuracy = Id(c.Provenance.Accuracy), Source = c.Provenance.Source,
        PopulationSource = c.PopulationSource?.Source, PopulationYear = c.PopulationSource?.Year,
        PopulationAgeGroups = c.PopulationSource is { AgeGroups.Count: > 0 } p ? PlanFeatures.AgeGroupLabels(p.AgeGroups) : null,
    };

    public static Community ToDomain(CommunityRow r) =>
        new(new CommunityCode(r.Code), r.Name, new StreetCode(r.StreetCode), r.Population, r.Households, r.Geom, r.AreaGeom, Provenance(r.Accuracy, r.Source),
            r.PopulationSource is null ? null : new PopulationSource(r.PopulationSource, r.PopulationYear, r.PopulationAgeGroups is null ? [] : PlanFeatures.ParseAgeGroupLabels(r.PopulationAgeGroups)));

    public static WaterRow ToRow(WaterBody w) => new() { Id = w.Id, Name = w.Name, Kind = Id(w.Kind), Geom = w.Area, Accuracy = Id(w.Provenance.Accuracy), Source = w.Provenance.Source };

    public static WaterBody ToDomain(WaterRow r) => new(r.Id, r.Name, Identifiers.Parse<WaterKind>(r.Kind), r.Geom, Provenance(r.Accuracy, r.Source));

    public static ZoneRow ToRow(PlanningZone z) => new() { Id = z.Id.Value, Name = z.Name, Parts = [.. z.Parts], Geom = z.Area, Accuracy = Id(z.Provenance.Accuracy), Source = z.Provenance.Source };

    public static PlanningZone ToDomain(ZoneRow r) => new(new ZoneId(r.Id), r.Name, r.Geom, r.Parts.AsReadOnly(), Provenance(r.Accuracy, r.Source));

    public static BeltRow ToRow(RiverBelt b) => new()
    {
        Id = b.Id.Value, Name = b.Name, River = b.River, Parts = [.. b.Parts], Geom = b.Area, Accuracy = Id(b.Provenance.Accuracy), Source = b.Provenance.Source,
    };

    public static RiverBelt ToDomain(BeltRow r) => new(new BeltId(r.Id), r.Name, r.River, r.Geom, r.Parts.AsReadOnly(), Provenance(r.Accuracy, r.Source));

    public static RoadRow ToRow(Road r) => new()
    {
        Id = r.Id.Value, Name = r.Name, Class = Id(r.Class), Skeleton = OptionalId(r.Skeleton), SkeletonAlso = OptionalId(r.AlsoSkeleton),
        Oneway = r.OneWay, Bridge = r.Bridge, Tunnel = r.Tunnel, Layer = r.Layer, Walkable = r.Walkable, Status = Id(r.Status),
        Geom = r.Geometry, Accuracy = Id(r.Provenance.Accuracy), Source = r.Provenance.Source,
    };

    public static Road ToDomain(RoadRow r) => new(
        new RoadId(r.Id), r.Name, Identifiers.Parse<RoadClass>(r.Class), OptionalEnum<Skeleton>(r.Skeleton), OptionalEnum<Skeleton>(r.SkeletonAlso),
        r.Oneway, r.Bridge, r.Tunnel, r.Layer, r.Walkable, Identifiers.Parse<BuildStatus>(r.Status), r.Geom, Provenance(r.Accuracy, r.Source));

    public static FacilityRow ToRow(Facility f, long version) => new()
    {
        Id = f.Id.Value, Kind = Id(f.Kind), Name = f.Name, Capacity = f.Capacity, CapacityUnit = OptionalId(f.CapacityUnit), Status = Id(f.Status),
        NamedInPlan = f.NamedInPlan, MedicalCircle = OptionalId(f.MedicalCircle), StreetCode = f.Street?.Value, Geom = f.Location,
        Accuracy = Id(f.Provenance.Accuracy), Source = f.Provenance.Source, Version = version,
    };

    public static Facility ToDomain(FacilityRow r) => new(
        new FacilityId(r.Id), Identifiers.Parse<FacilityKind>(r.Kind), r.Name, r.Capacity, OptionalEnum<CapacityUnit>(r.CapacityUnit),
        Identifiers.Parse<BuildStatus>(r.Status), r.NamedInPlan, OptionalEnum<MedicalCircle>(r.MedicalCircle),
        r.StreetCode is null ? null : new StreetCode(r.StreetCode), r.Geom, Provenance(r.Accuracy, r.Source));

    public static CandidateSiteRow ToRow(CandidateSite s, long version) => new()
    {
        Id = s.Id.Value, Name = s.Name, SuitableKinds = [.. s.SuitableKinds.Select(Id)], ShortageArea = Id(s.ShortageArea), AreaM2 = s.AreaSquareMeters,
        Geom = s.Geometry, Accuracy = Id(s.Provenance.Accuracy), Source = s.Provenance.Source, Version = version,
    };

    public static CandidateSite ToDomain(CandidateSiteRow r) => new(
        new CandidateSiteId(r.Id), r.Name, r.SuitableKinds.Select(Identifiers.Parse<FacilityKind>).ToList().AsReadOnly(),
        Identifiers.Parse<ShortageArea>(r.ShortageArea), r.AreaM2, r.Geom, Provenance(r.Accuracy, r.Source));

    public static PlanTargetRow ToRow(PlanTarget t) => new()
    {
        Id = t.Id, Kind = OptionalId(t.Kind), Description = t.Description, TargetCount = t.TargetCount, TargetValue = t.TargetValue,
        Unit = t.Unit, Period = t.Period, Chapter = t.Chapter, Source = t.Source,
    };

    public static PlanTarget ToDomain(PlanTargetRow r) =>
        new(r.Id, OptionalEnum<FacilityKind>(r.Kind), r.Description, r.TargetCount, r.TargetValue, r.Unit, r.Period, r.Chapter, r.Source);

    private static Provenance Provenance(string accuracy, string source) => new(Identifiers.Parse<Accuracy>(accuracy), source);

    private static string Id<TEnum>(TEnum value)
        where TEnum : struct, Enum => Identifiers.Of(value);

    private static string? OptionalId<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value is { } v ? Identifiers.Of(v) : null;

    private static TEnum? OptionalEnum<TEnum>(string? identifier)
        where TEnum : struct, Enum => identifier is null ? null : Identifiers.Parse<TEnum>(identifier);
}
