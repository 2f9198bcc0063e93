using System.Net.Sockets;
using Hanyang.Gis.Domain.Stores;
using Hanyang.Gis.Server.Health;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Hanyang.Gis.Server.Tests;

/// <summary>Which exceptions mean "the database is not there" (503, Retry-After) and which do not.</summary>
public class StoreUnavailableTests
{
    private static NpgsqlException Refused() => new("Failed to connect to 127.0.0.1:1", new SocketException((int)SocketError.ConnectionRefused));

    [Fact]
    public void Matches_RetryLimitExceededWrappingATransientNpgsqlError_IsTrue() =>
        Assert.True(StoreUnavailable.Matches(new RetryLimitExceededException("Maximum number of retries (6) exceeded", Refused())));

    [Fact]
    public void Matches_EfCoresTransientFailureWrapper_IsTrue() =>
        Assert.True(StoreUnavailable.Matches(new InvalidOperationException("An exception has been raised that is likely due to a transient failure.", Refused())));

    [Fact]
    public void Matches_ATakenIdOrAnInvalidOperation_IsFalse()
    {
        Assert.False(StoreUnavailable.Matches(new DuplicateIdException(PlanLayer.CandidateSites, "site-1")));
        Assert.False(StoreUnavailable.Matches(new InvalidOperationException("a bug")));
    }
}
