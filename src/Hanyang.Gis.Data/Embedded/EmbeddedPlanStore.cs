using System.Text.Json;
using Hanyang.Gis.Data.Files;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Stores;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Data.Embedded;

/// <summary>
/// The default store when no database is configured: serves the bundled plan (geodata/) and keeps what
/// users create — facilities, candidate sites, scenarios, imported layers — in files under a data
/// directory (edits.json, layers/*.json), each written atomically so a crash mid-write leaves the previous
/// version intact. Several processes may share a data directory: every edit takes a lock file, rereads
/// the current edits, applies the change and writes them back.
/// </summary>
public sealed partial class EmbeddedPlanStore : IPlanStore
{
    private const string EditsFile = "edits.json";
    private const string LockFile = ".lock";
    private const string LayersDirectory = "layers";

    private readonly PlanDataset bundled;
    private readonly string dataDirectory;
    private readonly object sync = new();
    private EditsDto edits = EditsDto.Empty();
    private DateTime editsStamp = DateTime.MinValue;
    private PlanDataset? merged;

    /// <summary>Opens the store over <paramref name="bundled"/> with edits kept in <paramref name="dataDirectory"/> (created if missing).</summary>
    public EmbeddedPlanStore(PlanDataset bundled, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(bundled);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        this.bundled = bundled;
        this.dataDirectory = Path.GetFullPath(dataDirectory);
        Directory.CreateDirectory(this.dataDirectory);
        Refresh();
    }

    /// <summary>
    /// The data directory used when none is configured: HANYANG_DATA_DIR, else
    /// $XDG_DATA_HOME/hanyang-gis/data (~/.local/share/hanyang-gis/data).
    /// </summary>
    public static string DefaultDataDirectory =>
        Environment.GetEnvironmentVariable("HANYANG_DATA_DIR") is { Length: > 0 } configured
            ? configured
            : Path.Combine(
                Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } xdg ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share"),
                "hanyang-gis",
                "data");

    /// <summary>The directory edits are kept in.</summary>
    public string DataDirectory => dataDirectory;

    /// <inheritdoc />
    /// <remarks>
    /// Always ready once constructed: the bundled plan was loaded and checked then. Reading the current edits
    /// here proves that the data directory still reads (an unreadable edits.json throws, as every read would).
    /// </remarks>
    public Task<StoreReadiness> CheckReadinessAsync(CancellationToken cancellationToken)
    {
        _ = Current();
        return Task.FromResult(StoreReadiness.Ready);
    }

    /// <inheritdoc />
    public Task<PlanDataset> GetPlanAsync(CancellationToken cancellationToken) => Task.FromResult(Current());

    /// <inheritdoc />
    public Task<FeaturePage> ListFeaturesAsync(PlanLayer layer, Envelope? bbox, int offset, int limit, CancellationToken cancellationToken) =>
        ListFeaturesAsync(layer, bbox, PlanQueryables.None, offset, limit, cancellationToken);

    /// <inheritdoc />
    public Task<FeaturePage> ListFeaturesAsync(PlanLayer layer, Envelope? bbox, IReadOnlyDictionary<string, string> where, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        PlanQueryables.Check(layer, where);
        var all = Features(layer).Where(f => where.All(w => f.Properties.TryGetValue(w.Key, out var v) && v is not null
            && string.Equals(Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture), w.Value, StringComparison.Ordinal))).ToList();
        if (bbox is not null)
        {
            var box = Spatial.GeometryFactories.Internal.ToGeometry(bbox);
            all = all.Where(f => f.Geometry.EnvelopeInternal.Intersects(bbox) && f.Geometry.Intersects(box)).ToList();
        }

        return Task.FromResult(new FeaturePage(all.Skip(offset).Take(limit).ToArray(), all.Count, offset));
    }

    /// <inheritdoc />
    public Task<PlanFeature?> FindFeatureAsync(PlanLayer layer, string id, CancellationToken cancellationToken) =>
        Task.FromResult(Features(layer).FirstOrDefault(f => f.Id == id));

    /// <inheritdoc />
    public Task<IReadOnlyList<FacilityDistance>> ListNearestFacilitiesAsync(Point point, FacilityKind kind, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(point);
        IReadOnlyList<FacilityDistance> result = ByDistance(point, Current().Facilities.Where(f => f.Kind == kind)).Take(count).ToArray();
        return Task.FromResult(result);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<FacilityDistance>> ListFacilitiesWithinAsync(Point point, double radiusMeters, FacilityKind? kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(point);
        IReadOnlyList<FacilityDistance> result = ByDistance(point, Current().Facilities.Where(f => kind is null || f.Kind == kind))
            .Where(d => d.DistanceMeters <= radiusMeters)
            .ToArray();
        return Task.FromResult(result);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Community>> ListCommunitiesInZoneAsync(ZoneId zone, CancellationToken cancellationToken)
    {
        var plan = Current();
        var area = plan.Zones.FirstOrDefault(z => z.Id == zone)?.Area;
        IReadOnlyList<Community> result = area is null
            ? []
            : plan.Communities.Where(c => area.Intersects(c.Location)).OrderBy(c => c.Code.Value, StringComparer.Ordinal).ToArray();
        return Task.FromResult(result);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Community>> ListCommunitiesInStreetAsync(StreetCode street, CancellationToken cancellationToken)
    {
        IReadOnlyList<Community> result = Current().Communities.Where(c => c.Street == street).OrderBy(c => c.Code.Value, StringComparer.Ordinal).ToArray();
        return Task.FromResult(result);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> ListImportedLayerNamesAsync(CancellationToken cancellationToken)
    {
        var directory = Path.Combine(dataDirectory, LayersDirectory);
        IReadOnlyList<string> names = Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToArray()
            : [];
        return Task.FromResult(names);
    }

    /// <inheritdoc />
    public Task<ImportedLayer?> FindImportedLayerAsync(string name, CancellationToken cancellationToken)
    {
        var path = LayerPath(name);
        return Task.FromResult(File.Exists(path)
            ? EmbeddedDtos.ToLayer(JsonSerializer.Deserialize<LayerDto>(File.ReadAllBytes(path), EmbeddedDtos.Json)!)
            : null);
    }

    /// <inheritdoc />
    public Task SaveImportedLayerAsync(ImportedLayer layer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(layer);
        var path = LayerPath(layer.Name);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(EmbeddedDtos.From(layer), EmbeddedDtos.Json);
        cancellationToken.ThrowIfCancellationRequested();
        AtomicFile.WriteAllBytes(path, bytes);
        return Task.CompletedTask;
    }

    private static IEnumerable<FacilityDistance> ByDistance(Point point, IEnumerable<Facility> facilities) =>
        facilities.Select(f => new FacilityDistance(f, f.Location.Distance(point)))
            .OrderBy(d => d.DistanceMeters)
            .ThenBy(d => d.Facility.Id.Value, StringComparer.Ordinal);

    private string LayerPath(string name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > 64 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new ArgumentException($"'{name}' is not a layer name: use 1–64 letters, digits, '-' or '_'", nameof(name));
        }

        return Path.Combine(dataDirectory, LayersDirectory, name + ".json");
    }

    private IEnumerable<PlanFeature> Features(PlanLayer layer)
    {
        var plan = Current();
        return layer switch
        {
            PlanLayer.Facilities => plan.Facilities.Select(f => PlanFeatures.From(f, VersionOf(edits.Facilities, f.Id.Value))).OrderBy(f => f.Id, StringComparer.Ordinal),
            PlanLayer.CandidateSites => plan.CandidateSites.Select(s => PlanFeatures.From(s, VersionOf(edits.Sites, s.Id.Value))).OrderBy(f => f.Id, StringComparer.Ordinal),
            _ => PlanFeatures.Of(plan, layer).Select(f => f with { Version = 1 }),
        };
    }

    private static long VersionOf<T>(Dictionary<string, EntryDto<T>> entries, string id)
        where T : class => entries.TryGetValue(id, out var entry) ? entry.Version : 1;

    /// <summary>The plan with the current edits applied; rereads edits.json when another process changed it.</summary>
    private PlanDataset Current()
    {
        lock (sync)
        {
            Refresh();
            return merged ??= Merge();
        }
    }

    private void Refresh()
    {
        var path = Path.Combine(dataDirectory, EditsFile);
        var stamp = File.Exists(path) ? File.GetLastWriteTimeUtc(path) : DateTime.MinValue;
        if (stamp == editsStamp)
        {
            return;
        }

        edits = stamp == DateTime.MinValue ? EditsDto.Empty() : JsonSerializer.Deserialize<EditsDto>(File.ReadAllBytes(path), EmbeddedDtos.Json)!;
        editsStamp = stamp;
        merged = null;
    }

    private PlanDataset Merge()
    {
        var facilities = Apply(bundled.Facilities, f => f.Id.Value, edits.Facilities, EmbeddedDtos.ToFacility);
        var sites = Apply(bundled.CandidateSites, s => s.Id.Value, edits.Sites, EmbeddedDtos.ToSite);
        return bundled with { Facilities = facilities, CandidateSites = sites };
    }

    private static T[] Apply<T, TDto>(IReadOnlyList<T> original, Func<T, string> id, Dictionary<string, EntryDto<TDto>> overlay, Func<TDto, T> map)
        where TDto : class
    {
        var kept = original.Where(o => !overlay.ContainsKey(id(o)));
        var edited = overlay.Values.Where(e => e.Value is not null).Select(e => map(e.Value!));
        return kept.Concat(edited).OrderBy(id, StringComparer.Ordinal).ToArray();
    }
}
