using System.Runtime.CompilerServices;
using Hanyang.Gis.Analysis.ServiceCircles;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Roads;
using Hanyang.Gis.Network;

namespace Hanyang.Gis.Analysis.Routing;

/// <summary>
/// The one owner of routable networks in a process: a <see cref="PlanNetwork"/> per version of the roads
/// (<see cref="PlanDataVersion.OfRoads"/>; facilities do not change the network, so editing them rebuilds
/// nothing), each owning its profiled networks (<see cref="PlanNetwork.Profiled"/>), so a profiled network is
/// built once per road version and travel profile. Bounded: at most <c>maxVersions</c> road versions are kept,
/// the least recently used going first with all its profiled networks. Thread-safe: concurrent callers of
/// one version wait for one build.
/// </summary>
public sealed class PlanNetworks
{
    /// <summary>Default bound on the road versions kept (a running server sees one, or two across an import).</summary>
    public const int DefaultMaxVersions = 2;

    private readonly Lock sync = new();
    private readonly BoundedLru<string, Lazy<PlanNetwork>> networks;
    private readonly ConditionalWeakTable<IReadOnlyList<Road>, string> versions = [];
    private long builds;

    /// <summary>An owner keeping the networks of at most <paramref name="maxVersions"/> road versions.</summary>
    public PlanNetworks(int maxVersions = DefaultMaxVersions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxVersions, 1);
        networks = new(maxVersions, maxVersions, _ => 1);
    }

    /// <summary>How many networks this owner has built (one per road version while it is kept).</summary>
    public long Builds => Interlocked.Read(ref builds);

    /// <summary>How many road versions are kept.</summary>
    public int Held => networks.Count;

    /// <summary>The routable network of <paramref name="plan"/>'s roads (planned roads left out).</summary>
    public PlanNetwork For(PlanDataset plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var roads = plan.Roads;

        // A store that hands out the same road list again is not fingerprinted again.
        var version = versions.GetValue(roads, PlanDataVersion.OfRoads);
        Lazy<PlanNetwork> network;
        lock (sync)
        {
            if (!networks.TryGet(version, out network))
            {
                network = new(() =>
                {
                    Interlocked.Increment(ref builds);
                    return PlanNetworkBuilder.Build(roads);
                });
                networks.Put(version, network);
            }
        }

        return network.Value;
    }

    /// <summary><paramref name="plan"/>'s network under <paramref name="profile"/> (travel seconds as the cost).</summary>
    public ProfiledNetwork For(PlanDataset plan, TravelProfile profile) => For(plan).Profiled(profile);
}
