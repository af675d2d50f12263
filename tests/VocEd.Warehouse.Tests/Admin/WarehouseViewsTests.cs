using Microsoft.EntityFrameworkCore;
using Npgsql;
using VocEd.Testing;
using VocEd.Warehouse.Admin;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Reference;

namespace VocEd.Warehouse.Tests.Admin;

/// <summary>The analyst views exist after migrate on SQLite and PostgreSQL, with exactly the documented columns; grant-readonly makes a login that can read and not write.</summary>
public sealed class WarehouseViewsTests
{
    private static readonly ReferenceDataSet _reference = ReferenceDataSet.Load();
    private TempDirectory _temp = null!; // Assigned in SetUp.

    [SetUp]
    public void SetUp() => _temp = new TempDirectory();

    [TearDown]
    public void TearDown() => _temp.Dispose();

    [TestCase(WarehouseProvider.Sqlite)]
    [TestCase(WarehouseProvider.Postgres)]
    public async Task Migrate_creates_every_view_with_its_documented_columns(WarehouseProvider provider)
    {
        var options = provider == WarehouseProvider.Sqlite ? TestWarehouses.Sqlite(_temp) : await TestWarehouses.PostgresAsync(PostgresFixture.Server);
        await new WarehouseMigrator(options, _reference, TimeProvider.System).MigrateAsync(CancellationToken.None);
        await new WarehouseMigrator(options, _reference, TimeProvider.System).MigrateAsync(CancellationToken.None);
        await using var db = WarehouseDbContextFactory.Create(options);
        await db.Database.OpenConnectionAsync();
        foreach (var view in WarehouseViews.All)
        {
            await using var command = SqlCommands.Create(db.Database.GetDbConnection(), null, $"select * from {view.Name} where 1 = 0");
            await using var reader = await command.ExecuteReaderAsync();
            var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
            Assert.That(columns, Is.EqualTo(view.Columns.Select(c => c.Column).ToList()), view.Name);
        }
    }

    [Test]
    public async Task Grant_readonly_on_postgres_creates_a_login_that_reads_views_and_cannot_write()
    {
        var options = await TestWarehouses.PostgresAsync(PostgresFixture.Server);
        await new WarehouseMigrator(options, _reference, TimeProvider.System).MigrateAsync(CancellationToken.None);
        var grant = await ReadOnlyLogin.GrantAsync(options, "analyst_test", resetPassword: false, CancellationToken.None);
        Assert.That(grant.Created, Is.True);
        var password = grant.Password;

        var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString) { Username = "analyst_test", Password = password };
        await using var connection = new NpgsqlConnection(builder.ToString());
        await connection.OpenAsync();
        await using (var read = new NpgsqlCommand("select count(*) from v_quality", connection))
        {
            Assert.That(await read.ExecuteScalarAsync(), Is.EqualTo(0L));
        }

        await using var write = new NpgsqlCommand("delete from dim_region", connection);
        var error = Assert.ThrowsAsync<PostgresException>(() => write.ExecuteNonQueryAsync());
        Assert.That(error?.SqlState, Is.EqualTo("42501"), "insufficient privilege");
    }

    [Test]
    public async Task Grant_readonly_again_keeps_the_password_renews_the_grants_and_resets_the_password_on_request()
    {
        var options = await TestWarehouses.PostgresAsync(PostgresFixture.Server);
        await new WarehouseMigrator(options, _reference, TimeProvider.System).MigrateAsync(CancellationToken.None);
        var first = await ReadOnlyLogin.GrantAsync(options, "analyst_again", resetPassword: false, CancellationToken.None);
        var stored = await StoredPasswordAsync(options, "analyst_again");
        var second = await ReadOnlyLogin.GrantAsync(options, "analyst_again", resetPassword: false, CancellationToken.None);
        Assert.That((first.Created, second.Created, second.Password), Is.EqualTo((true, false, (string?)null)), "the second run finds the login and keeps it");
        Assert.That(await StoredPasswordAsync(options, "analyst_again"), Is.EqualTo(stored), "the password is unchanged");

        var reset = await ReadOnlyLogin.GrantAsync(options, "analyst_again", resetPassword: true, CancellationToken.None);
        Assert.That(reset.Created, Is.False);
        Assert.That(reset.Password, Is.Not.Null.And.Not.EqualTo(first.Password));
        Assert.That(await StoredPasswordAsync(options, "analyst_again"), Is.Not.EqualTo(stored), "the password is new");
    }

    [Test]
    public async Task The_postgres_read_only_login_cannot_read_the_secure_store()
    {
        var options = await TestWarehouses.PostgresAsync(PostgresFixture.Server);
        await new WarehouseMigrator(options, _reference, TimeProvider.System).MigrateAsync(CancellationToken.None);
        var password = (await ReadOnlyLogin.GrantAsync(options, "analyst_secure", resetPassword: false, CancellationToken.None)).Password;

        var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString) { Username = "analyst_secure", Password = password };
        await using var connection = new NpgsqlConnection(builder.ToString());
        await connection.OpenAsync();
        await using (var delivery = new NpgsqlCommand("select count(*) from rpt_delivery", connection))
        {
            Assert.That(await delivery.ExecuteScalarAsync(), Is.EqualTo(0L), "the delivery log (ids only) is readable");
        }

        await using var read = new NpgsqlCommand("select count(*) from secure.rpt_recipient", connection);
        var error = Assert.ThrowsAsync<PostgresException>(() => read.ExecuteScalarAsync());
        Assert.That(error?.SqlState, Is.EqualTo("42501"), "insufficient privilege");
    }

    [Test]
    public void Grant_readonly_refuses_names_that_are_not_plain_identifiers() =>
        Assert.ThrowsAsync<ArgumentException>(() => ReadOnlyLogin.GrantAsync(new WarehouseOptions(WarehouseProvider.Postgres, "Host=x"), "x\"; drop table", resetPassword: false, CancellationToken.None));

    /// <summary>The role's stored password hash (the test server trusts every login, so a password cannot be tried).</summary>
    private static async Task<string?> StoredPasswordAsync(WarehouseOptions options, string user)
    {
        await using var connection = new NpgsqlConnection(options.ConnectionString);
        await connection.OpenAsync();
        await using var read = new NpgsqlCommand("select rolpassword from pg_authid where rolname = @user", connection);
        read.Parameters.AddWithValue("user", user);
        return await read.ExecuteScalarAsync() as string;
    }
}
