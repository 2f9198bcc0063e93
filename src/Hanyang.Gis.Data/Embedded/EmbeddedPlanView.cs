using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Stores;

namespace Hanyang.Gis.Data.Embedded;

/// <summary>
/// What the embedded store serves: the bundled plan with the edits applied, each facility and candidate site
/// with its version (1 for those nobody edited). Never changed once made, so readers use it outside the store's
/// lock while edits go on. Built in full from a snapshot's edits (<see cref="Create"/>: every edited item's WKT
/// parsed, everything sorted); an edit, or journal records read from another process, make the next view from
/// this one with only their entries changed (<see cref="With"/>). The whole plan is listed only when asked for.
/// </summary>
internal sealed class EmbeddedPlanView
{
    private readonly PlanDataset bundled;
    private readonly Lazy<PlanDataset> plan;

    private EmbeddedPlanView(PlanDataset bundled, ItemsById<Facility> facilities, ItemsById<CandidateSite> sites)
    {
        this.bundled = bundled;
        Facilities = facilities;
        Sites = sites;
        plan = new Lazy<PlanDataset>(() => bundled with
        {
            Facilities = facilities.All.Select(f => f.Value).ToArray(),
            CandidateSites = sites.All.Select(s => s.Value).ToArray(),
        });
    }

    /// <summary>The plan under the edits: the bundled one, with an imported network in place of its roads and water.</summary>
    public PlanDataset Base => bundled;

    /// <summary>The facilities by id, with their versions.</summary>
    public ItemsById<Facility> Facilities { get; }

    /// <summary>The candidate sites by id, with their versions.</summary>
    public ItemsById<CandidateSite> Sites { get; }

    /// <summary>The whole plan, its facilities and candidate sites ordered by id; listed on first use.</summary>
    public PlanDataset Plan => plan.Value;

    /// <summary>The view of <paramref name="edits"/> over <paramref name="bundled"/>: O(n log n).</summary>
    public static EmbeddedPlanView Create(PlanDataset bundled, EditsDto edits)
    {
        ArgumentNullException.ThrowIfNull(bundled);
        ArgumentNullException.ThrowIfNull(edits);
        return new EmbeddedPlanView(
            bundled,
            ItemsById<Facility>.Create(Overlay(bundled.Facilities, f => f.Id.Value, edits.Facilities, EmbeddedDtos.ToFacility), f => f.Id.Value),
            ItemsById<CandidateSite>.Create(Overlay(bundled.CandidateSites, s => s.Id.Value, edits.Sites, EmbeddedDtos.ToSite), s => s.Id.Value));
    }

    /// <summary>This view with <paramref name="records"/> applied in order: O(entries in them × log entries changed).</summary>
    public EmbeddedPlanView With(IReadOnlyList<JournalRecordDto> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return new EmbeddedPlanView(
            bundled,
            Facilities.With(records.SelectMany(r => r.Facilities).Select(e => Change(e.Key, e.Value, EmbeddedDtos.ToFacility))),
            Sites.With(records.SelectMany(r => r.Sites).Select(e => Change(e.Key, e.Value, EmbeddedDtos.ToSite))));
    }

    private static IEnumerable<Versioned<T>> Overlay<T, TDto>(IReadOnlyList<T> original, Func<T, string> id, Dictionary<string, EntryDto<TDto>> edited, Func<TDto, T> map)
        where TDto : class =>
        original.Where(o => !edited.ContainsKey(id(o))).Select(o => new Versioned<T>(o, 1))
            .Concat(edited.Values.Where(e => e.Value is not null).Select(e => new Versioned<T>(map(e.Value!), e.Version)));

    private static KeyValuePair<string, Versioned<T>?> Change<T, TDto>(string id, EntryDto<TDto> entry, Func<TDto, T> map)
        where TDto : class =>
        new(id, entry.Value is null ? null : new Versioned<T>(map(entry.Value), entry.Version));
}
