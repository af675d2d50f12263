using Microsoft.EntityFrameworkCore;
using VocEd.Cubes.Sql;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Cubes;

namespace VocEd.Cubes.Tests.Sql;

public sealed class PostgresCubeSqlTests
{
    [Test]
    public void The_key_a_PostgreSQL_full_refresh_rebuilds_is_cube_base_major_s_primary_key()
    {
        using var db = WarehouseDbContextFactory.Create(new WarehouseOptions(WarehouseProvider.Postgres, "Host=127.0.0.1;Database=model_test"));
        var key = db.Model.FindEntityType(typeof(CubeBaseMajor))!.FindPrimaryKey()!;
        Assert.That(key.GetName(), Is.EqualTo(PostgresCubeSql.BaseMajorKey));
        Assert.That(key.Properties.Select(p => p.GetColumnName()), Is.EqualTo(PostgresCubeSql.BaseMajorKeyColumns));
    }
}
