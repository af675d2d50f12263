using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Update;
using VocEd.Warehouse.Data.Configurations;

namespace VocEd.Warehouse.Data.Providers;

/// <summary>
/// SQL Server migrations SQL with one addition: every table of an entity marked as a fact table gets
/// a clustered columnstore index right after it is created.
/// </summary>
internal sealed class ColumnstoreMigrationsSqlGenerator(
    MigrationsSqlGeneratorDependencies dependencies,
    ICommandBatchPreparer commandBatchPreparer)
    : SqlServerMigrationsSqlGenerator(dependencies, commandBatchPreparer)
{
    protected override void Generate(CreateTableOperation operation, IModel? model, MigrationCommandListBuilder builder, bool terminate = true)
    {
        base.Generate(operation, model, builder, terminate);
        var table = model?.GetRelationalModel().FindTable(operation.Name, operation.Schema);
        var isFact = table?.EntityTypeMappings.Any(m => m.TypeBase.FindAnnotation(FactConventions.FactTableAnnotation)?.Value is true) == true;
        if (!isFact)
        {
            return;
        }

        var sql = Dependencies.SqlGenerationHelper;
        builder
            .Append("CREATE CLUSTERED COLUMNSTORE INDEX ")
            .Append(sql.DelimitIdentifier("cci_" + operation.Name))
            .Append(" ON ")
            .Append(sql.DelimitIdentifier(operation.Name, operation.Schema))
            .AppendLine(sql.StatementTerminator)
            .EndCommand();
    }
}
