using VocEd.Warehouse.Admin;
using VocEd.Warehouse.Data;

namespace VocEd.Warehouse.Tests.Admin;

public sealed class ReadOnlyLoginTests
{
    /// <summary>The name goes into DDL unquoted by parameters: it must match the whole pattern, a line end after it included.</summary>
    [TestCase("analyst\n")]
    [TestCase("analyst\r\n")]
    [TestCase("Analyst")]
    [TestCase("1analyst")]
    [TestCase("ana lyst")]
    [TestCase("analyst\"; drop table x; --")]
    [TestCase("")]
    public void A_name_outside_the_pattern_is_refused_before_connecting(string name) =>
        Assert.That(
            () => ReadOnlyLogin.GrantAsync(new WarehouseOptions(WarehouseProvider.Postgres, "Host=127.0.0.1;Port=1;Database=x;Timeout=1"), name, resetPassword: false, CancellationToken.None),
            Throws.ArgumentException.With.Message.Contains("is not allowed"));
}
