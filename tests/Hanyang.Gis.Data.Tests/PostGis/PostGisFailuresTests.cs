using System.Net.Sockets;
using Hanyang.Gis.Data.PostGis;
using Hanyang.Gis.Domain.Stores;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Hanyang.Gis.Data.Tests.PostGis;

/// <summary>
/// Which exceptions mean "the database is not there" or "it refuses the login" (503 in the server, one line
/// in the CLI) and which do not, and what is said about them. Real failures against PostGIS are in the
/// readiness tests; these pin the wrappers EF Core puts around them.
/// </summary>
public class PostGisFailuresTests
{
    private const string Dead = "Host=127.0.0.1;Port=1;Database=hanyang;Username=hanyang;Password=hanyang";

    private static NpgsqlException Refused() => new("Failed to connect to 127.0.0.1:1", new SocketException((int)SocketError.ConnectionRefused));

    [Fact]
    public void Classify_RetryLimitExceededWrappingATransientNpgsqlError_IsUnreachable() =>
        Assert.Equal(NotReadyReason.Unreachable, PostGisFailures.Classify(new RetryLimitExceededException("Maximum number of retries (6) exceeded", Refused())));

    [Fact]
    public void Classify_EfCoresTransientFailureWrapper_IsUnreachable() =>
        Assert.Equal(NotReadyReason.Unreachable, PostGisFailures.Classify(new InvalidOperationException("An exception has been raised that is likely due to a transient failure.", Refused())));

    [Fact]
    public void Classify_ATakenIdOrAnInvalidOperation_IsNull()
    {
        Assert.Null(PostGisFailures.Classify(new DuplicateIdException(PlanLayer.CandidateSites, "site-1")));
        Assert.Null(PostGisFailures.Classify(new InvalidOperationException("a bug")));
    }

    [Fact]
    public void Classify_ASolversTimeLimitOrABareSocketError_IsNull()
    {
        Assert.Null(PostGisFailures.Classify(new TimeoutException("CP-SAT found no solution within 60 s")));
        Assert.Null(PostGisFailures.Classify(new SocketException((int)SocketError.ConnectionRefused)));
    }

    [Fact]
    public async Task Classify_AMissingTable_IsNotMigratedAndSaysWhatToRun()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT 1 FROM district", connection);

        var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteScalarAsync());

        Assert.Equal(NotReadyReason.NotMigrated, PostGisFailures.Classify(error));
        Assert.Contains("lacks the plan's tables", PostGisFailures.Describe(error, database.ConnectionString, "ConnectionStrings:Plan"), StringComparison.Ordinal);
        Assert.Contains("run `hanyang db migrate`", PostGisFailures.Describe(error, database.ConnectionString, "ConnectionStrings:Plan"), StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_Refused_NamesHostPortCauseAndWhatToCheck() =>
        Assert.Equal(
            "cannot reach PostGIS at 127.0.0.1:1 (Connection refused): check that PostgreSQL runs there (scripts/postgis.sh status) and that --connection names the right Host and Port",
            PostGisFailures.Describe(new InvalidOperationException("An exception has been raised that is likely due to a transient failure.", Refused()), Dead, "--connection"));

    [Fact]
    public void Describe_NotAFailureOfTheDatabase_IsNull() =>
        Assert.Null(PostGisFailures.Describe(new InvalidOperationException("a bug"), Dead, "--connection"));

    [Fact]
    public async Task Describe_WrongPassword_NamesTheUserAndWhatToCheck()
    {
        var wrong = new NpgsqlConnectionStringBuilder(TestDatabase.Server) { Password = "not-the-password" }.ConnectionString;
        await using var connection = new NpgsqlConnection(wrong);

        var error = await Assert.ThrowsAsync<PostgresException>(() => connection.OpenAsync());

        Assert.Equal(NotReadyReason.LoginRefused, PostGisFailures.Classify(error));
        Assert.Matches("^PostGIS at .+:[0-9]+ refused the login of user '.+' \\(28P01: password authentication failed for user .+\\): check Username and Password in --connection$",
            PostGisFailures.Describe(error, wrong, "--connection"));
    }
}
