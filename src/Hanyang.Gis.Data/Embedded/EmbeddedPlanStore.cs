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
/// directory. Edits live in a snapshot, edits.json, plus an append-only journal, edits.journal
/// (<see cref="EditsJournal"/>): an edit appends one record of the entries it changed and flushes it to
/// disk, so its cost does not grow with the number of edits kept. When the journal would outgrow the
/// snapshot (and 4 MiB), or one edit is that large (a bulk import), the edits are compacted into a new
/// snapshot, written atomically with a generation one up, and a new empty journal. Imported layers and
/// service circles are one file each (layers/*.json, circles/*.json), written atomically, and so is an imported
/// network (network.json), which takes the place of the bundled roads and water, and so are imported communities
/// (communities.json: populations, their sources, areas), which take the place of the bundled communities. Several
/// processes may share a data directory: every edit takes a lock file, catches up with what others wrote
/// (the journal from where it last read, or the whole snapshot when its generation changed), checks ids
/// and versions against that and only then appends; reads catch up the same way, without the lock file.
/// Reads are served from an immutable <see cref="EmbeddedPlanView"/>, built in full only after a snapshot was
/// read or written and otherwise patched with the entries of each record, its own or another process's: an edit
/// and reading its item back cost O(log n) after a 600,000-row import, not a merge of every row.
/// </summary>
public sealed partial class EmbeddedPlanStore : IPlanStore
{
    private const string EditsFile = "edits.json";
    private const string JournalFile = "edits.journal";
    private const string LockFile = ".lock";
    private const string LayersDirectory = "layers";

    private readonly PlanDataset bundled;
    private readonly IReadOnlySet<string> bundledFacilityIds;
    private readonly IReadOnlySet<string> bundledSiteIds;
    private readonly string dataDirectory;
    private readonly EditsJournal journal;
    private readonly long compactJournalAfterBytes;
    private readonly object sync = new();
    private EditsDto edits = EditsDto.Empty(); // changed only under sync; readers get an EmbeddedPlanView
    private bool loaded;
    private long journalOffset; // where the next unread record of the journal of edits.Generation starts (0: its first)
    private EmbeddedPlanView? view; // edits over bundled; null until first read after a snapshot was (re)read or written

    /// <summary>
    /// Opens the store over <paramref name="bundled"/> with edits kept in <paramref name="dataDirectory"/> (created
    /// if missing); removes temporary files that killed writers left there.
    /// </summary>
    public EmbeddedPlanStore(PlanDataset bundled, string dataDirectory)
        : this(bundled, dataDirectory, DefaultCompactJournalAfterBytes)
    {
    }

    /// <summary>As the public constructor, compacting once the journal passes <paramref name="compactJournalAfterBytes"/> (and the snapshot's size).</summary>
    internal EmbeddedPlanStore(PlanDataset bundled, string dataDirectory, long compactJournalAfterBytes)
    {
        ArgumentNullException.ThrowIfNull(bundled);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        ArgumentOutOfRangeException.ThrowIfNegative(compactJournalAfterBytes);
        this.bundled = bundled;
        baseline = bundled;
        bundledFacilityIds = bundled.Facilities.Select(f => f.Id.Value).ToHashSet(StringComparer.Ordinal);
        bundledSiteIds = bundled.CandidateSites.Select(s => s.Id.Value).ToHashSet(StringComparer.Ordinal);
        this.dataDirectory = Path.GetFullPath(dataDirectory);
        journal = new EditsJournal(Path.Combine(this.dataDirectory, JournalFile));
        this.compactJournalAfterBytes = compactJournalAfterBytes;
        Directory.CreateDirectory(this.dataDirectory);
        using (AcquireFileLock(CancellationToken.None))
        {
            RemoveAbandonedTemporaryFiles();
        }

        lock (sync)
        {
            CatchUp();
        }
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
    public string Kind => "embedded";

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
    /// <remarks>The facilities and candidate sites are listed from the current view once per edit, on the first such read.</remarks>
    public Task<PlanDataset> GetPlanAsync(CancellationToken cancellationToken) => Task.FromResult(Current().Plan);

    /// <inheritdoc />
    public Task<FeaturePage> ListFeaturesAsync(PlanLayer layer, Envelope? bbox, int offset, int limit, CancellationToken cancellationToken) =>
        ListFeaturesAsync(layer, bbox, PlanQueryables.None, offset, limit, cancellationToken);

    /// <inheritdoc />
    /// <remarks>
    /// Facilities and candidate sites are read from the current view's list (merged once after an edit, not rebuilt);
    /// the bbox is tested on their geometries first and only the page is turned into features, unless a filter on
    /// properties needs every feature.
    /// </remarks>
    public Task<FeaturePage> ListFeaturesAsync(PlanLayer layer, Envelope? bbox, IReadOnlyDictionary<string, string> where, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        PlanQueryables.Check(layer, where);
        Func<Geometry, bool>? inBox = null;
        if (bbox is not null)
        {
            var box = Spatial.GeometryFactories.Internal.ToGeometry(bbox);
            inBox = g => g.EnvelopeInternal.Intersects(bbox) && g.Intersects(box);
        }

        return Task.FromResult(Page(layer, inBox, where, offset, limit));
    }

    /// <inheritdoc />
    public Task<PlanFeature?> FindFeatureAsync(PlanLayer layer, string id, CancellationToken cancellationToken) =>
        Task.FromResult(layer switch
        {
            PlanLayer.Facilities => Current().Facilities.Find(id) is { } facility ? PlanFeatures.From(facility.Value, facility.Version) : null,
            PlanLayer.CandidateSites => Current().Sites.Find(id) is { } site ? PlanFeatures.From(site.Value, site.Version) : null,
            _ => BundledFeatures(layer).FirstOrDefault(f => f.Id == id),
        });

    /// <inheritdoc />
    public Task<IReadOnlyList<FacilityDistance>> ListNearestFacilitiesAsync(Point point, FacilityKind kind, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(point);
        IReadOnlyList<FacilityDistance> result = ByDistance(point, Current().Facilities.All.Select(f => f.Value).Where(f => f.Kind == kind)).Take(count).ToArray();
        return Task.FromResult(result);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<FacilityDistance>> ListFacilitiesWithinAsync(Point point, double radiusMeters, FacilityKind? kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(point);
        IReadOnlyList<FacilityDistance> result = ByDistance(point, Current().Facilities.All.Select(f => f.Value).Where(f => kind is null || f.Kind == kind))
            .Where(d => d.DistanceMeters <= radiusMeters)
            .ToArray();
        return Task.FromResult(result);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Community>> ListCommunitiesInZoneAsync(ZoneId zone, CancellationToken cancellationToken)
    {
        var plan = Current().Plan;
        var area = plan.Zones.FirstOrDefault(z => z.Id == zone)?.Area;
        IReadOnlyList<Community> result = area is null
            ? []
            : plan.Communities.Where(c => area.Intersects(c.Location)).OrderBy(c => c.Code.Value, StringComparer.Ordinal).ToArray();
        return Task.FromResult(result);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Community>> ListCommunitiesInStreetAsync(StreetCode street, CancellationToken cancellationToken)
    {
        IReadOnlyList<Community> result = Current().Plan.Communities.Where(c => c.Street == street).OrderBy(c => c.Code.Value, StringComparer.Ordinal).ToArray();
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

    /// <summary>
    /// The page of <paramref name="layer"/>'s features whose geometry passes <paramref name="keep"/> (all when null)
    /// and whose properties match <paramref name="where"/>, ordered by id.
    /// </summary>
    private FeaturePage Page(PlanLayer layer, Func<Geometry, bool>? keep, IReadOnlyDictionary<string, string> where, int offset, int limit) => layer switch
    {
        PlanLayer.Facilities => Page(Current().Facilities.All, f => f.Value.Location, f => PlanFeatures.From(f.Value, f.Version), keep, where, offset, limit),
        PlanLayer.CandidateSites => Page(Current().Sites.All, s => s.Value.Geometry, s => PlanFeatures.From(s.Value, s.Version), keep, where, offset, limit),
        _ => Page(BundledFeatures(layer).ToArray(), f => f.Geometry, f => f, keep, where, offset, limit),
    };

    private static FeaturePage Page<T>(IReadOnlyList<T> items, Func<T, Geometry> geometry, Func<T, PlanFeature> feature, Func<Geometry, bool>? keep, IReadOnlyDictionary<string, string> where, int offset, int limit)
    {
        var kept = keep is null ? items : items.Where(i => keep(geometry(i))).ToArray();
        if (where.Count == 0)
        {
            return new FeaturePage(kept.Skip(offset).Take(limit).Select(feature).ToArray(), kept.Count, offset);
        }

        var matched = kept.Select(feature).Where(f => where.All(w => f.Properties.TryGetValue(w.Key, out var v) && v is not null
            && string.Equals(Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture), w.Value, StringComparison.Ordinal))).ToArray();
        return new FeaturePage(matched.Skip(offset).Take(limit).ToArray(), matched.Length, offset);
    }

    /// <summary>A layer users cannot edit (bundled, or the imported network), as features at version 1, ordered by id.</summary>
    private IEnumerable<PlanFeature> BundledFeatures(PlanLayer layer) => PlanFeatures.Of(Current().Base, layer).Select(f => f with { Version = 1 });

    /// <summary>The current view, after catching up with what other processes wrote; built in full only after a new snapshot was read.</summary>
    private EmbeddedPlanView Current()
    {
        lock (sync)
        {
            CatchUp();
            return view ??= EmbeddedPlanView.Create(baseline, edits);
        }
    }
}
