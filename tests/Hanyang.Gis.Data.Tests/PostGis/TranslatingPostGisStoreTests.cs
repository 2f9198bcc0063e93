using Hanyang.Gis.Data.PostGis;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Stores;
using Npgsql;

namespace Hanyang.Gis.Data.Tests.PostGis;

/// <summary>
/// The PostGIS store as <see cref="PlanStores.Open"/> gives it reports a database it cannot use as the domain's
/// <see cref="StoreUnavailableException"/> (the server's 503 needs no Npgsql type), keeps the Npgsql failure
/// inside (the CLI still describes it), and lets "not migrated" and every other exception through unchanged.
/// </summary>
public class TranslatingPostGisStoreTests
{
    private const string Dead = "Host=127.0.0.1;Port=1;Database=hanyang;Username=hanyang;Password=hanyang";

    [Fact]
    public async Task AnyCall_DatabaseNotListening_IsStoreUnavailableNamingTheAddressAndTheSetting()
    {
        var store = PlanStores.Open(Dead, null, null, "--connection").Store;

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.FindFeatureAsync(PlanLayer.Roads, "r1", CancellationToken.None));

        Assert.Equal(NotReadyReason.Unreachable, error.Reason);
        Assert.StartsWith("cannot reach PostGIS at 127.0.0.1:1 (", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("and that --connection names the right Host and Port", error.Message, StringComparison.Ordinal);
        Assert.Equal(NotReadyReason.Unreachable, PostGisFailures.Classify(error)); // the Npgsql failure is still inside
    }

    [Fact]
    public async Task Write_WrongPassword_IsStoreUnavailableLoginRefused()
    {
        var wrong = new NpgsqlConnectionStringBuilder(TestDatabase.Server) { Password = "not-the-password" }.ConnectionString;
        var store = PlanStores.Open(wrong, null, null).Store;

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.DeleteFacilityAsync(new FacilityId("f1"), 1, CancellationToken.None));

        Assert.Equal(NotReadyReason.LoginRefused, error.Reason);
        Assert.Contains("check Username and Password in ConnectionStrings:Plan", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_EmptyDatabase_StaysStoreNotReadyNotMigrated()
    {
        await using var database = await TestDatabase.CreateAsync();
        var store = PlanStores.Open(database.ConnectionString, null, null).Store;

        var error = await Assert.ThrowsAsync<StoreNotReadyException>(() => store.GetPlanAsync(CancellationToken.None));

        Assert.Equal(NotReadyReason.NotMigrated, error.Reason);
    }

    [Fact]
    public void Translate_AnythingElse_IsNotTranslated()
    {
        Assert.Null(TranslatingPostGisStore.Translate(new InvalidOperationException("a bug"), Dead, "--connection"));
        Assert.Null(TranslatingPostGisStore.Translate(new DuplicateIdException(PlanLayer.Facilities, "f1"), Dead, "--connection"));
        Assert.Null(TranslatingPostGisStore.Translate(new OperationCanceledException("cancelled", new NpgsqlException("broken", new TimeoutException())), Dead, "--connection"));
    }

    [Fact]
    public async Task Readiness_DatabaseNotListening_IsAnAnswerNotAnException()
    {
        var store = PlanStores.Open(Dead, null, null).Store;

        var readiness = await store.CheckReadinessAsync(CancellationToken.None);

        Assert.Equal(NotReadyReason.Unreachable, readiness.Reason);
        Assert.Equal("postgis", store.Kind);
    }
}
