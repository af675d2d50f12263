using VocEd.Cubes.Refresh;
using VocEd.Cubes.Sql;
using VocEd.Testing;
using VocEd.Warehouse.Data;

namespace VocEd.Cubes.Tests.Sql;

/// <summary>SQL Server stays a first-class target: every statement of a SQL Server cube refresh is valid T-SQL.</summary>
public sealed class CubeSqlTests
{
    public static IEnumerable<TestCaseData> SqlServerStatements()
    {
        var sql = CubeSql.For(WarehouseProvider.SqlServer);
        var statements = new List<(string Name, string Text)>();
        foreach (var full in new[] { true, false })
        {
            var mode = full ? "full" : "incremental";
            statements.AddRange(sql.DeleteBase(full).Select((s, i) => ($"DeleteBase({mode})[{i}]", s)));
            foreach (var facts in new[] { CubeFacts.Enrollment, CubeFacts.Graduates, CubeFacts.Profiles })
            {
                statements.AddRange(sql.DeleteBase(full, facts).Select((s, i) => ($"DeleteBase({mode}, {facts})[{i}]", s)));
                statements.AddRange(sql.InsertBaseMajor(full, facts).Select((s, i) => ($"InsertBaseMajor({mode}, {facts})[{i}]", s)));
                statements.AddRange(sql.InsertBaseBySchool(full, facts).Select((s, i) => ($"InsertBaseBySchool({mode}, {facts})[{i}]", s)));
                statements.AddRange(sql.InsertBaseSchool(full, facts).Select((s, i) => ($"InsertBaseSchool({mode}, {facts})[{i}]", s)));
            }
            statements.AddRange(sql.InsertBaseMajor(full).Select((s, i) => ($"InsertBaseMajor({mode})[{i}]", s)));
            statements.AddRange(sql.InsertBaseBySchool(full).Select((s, i) => ($"InsertBaseBySchool({mode})[{i}]", s)));
            statements.AddRange(sql.InsertBaseSchool(full).Select((s, i) => ($"InsertBaseSchool({mode})[{i}]", s)));
        }

        statements.AddRange(CubeSql.InsertGroups.Select((s, i) => ($"InsertGroups[{i}]", s)));
        statements.AddRange(CubeSql.DeleteGroups.Select((s, i) => ($"DeleteGroups[{i}]", s)));
        statements.AddRange(CubeSql.InsertScope.Select((s, i) => ($"InsertScope[{i}]", s)));
        statements.AddRange(CubeSql.DeleteScope.Select((s, i) => ($"DeleteScope[{i}]", s)));
        foreach (var full in new[] { true, false })
        {
            statements.AddRange(CubeSql.RecordSchoolCells(full).Select((s, i) => ($"RecordSchoolCells({full})[{i}]", s)));
        }

        statements.AddRange(CubeSql.RecordAllSubmissions.Select((s, i) => ($"RecordAllSubmissions[{i}]", s)));
        statements.Add(("SelectBaseYears", CubeSql.SelectBaseYears));
        statements.AddRange(CubeSql.DeleteAlignmentYear.Select((s, i) => ($"DeleteAlignmentYear[{i}]", s)));
        statements.Add(("DeleteQualityYear", CubeSql.DeleteQualityYear));
        statements.Add(("DeleteGraduateFitYear", CubeSql.DeleteGraduateFitYear));
        statements.Add(("InsertQuality", sql.InsertQuality));
        statements.Add(("DeleteScopeQuality", CubeSql.DeleteScopeQuality));
        statements.Add(("InsertScopeQuality", sql.InsertScopeQuality));
        statements.Add(("DeleteQualitySchoolYear", CubeSql.DeleteQualitySchoolYear));
        statements.Add(("DeleteScopeQualitySchool", CubeSql.DeleteScopeQualitySchool));
        statements.Add(("InsertQualitySchool", sql.InsertQualitySchool));
        statements.Add(("InsertScopeQualitySchool", sql.InsertScopeQualitySchool));
        statements.Add(("UpdateSchoolMedians(3)", sql.UpdateSchoolMedians(3)));
        statements.Add(("SalaryMedians.SelectPendingSchools", SalaryMedians.SelectPendingSchools));
        statements.Add(("DeleteDestinationYear", CubeSql.DeleteDestinationYear));
        statements.Add(("InsertDestination", CubeSql.InsertDestination));
        statements.Add(("DeletePriorityCoverageYear", CubeSql.DeletePriorityCoverageYear));
        statements.Add(("InsertPriorityCoverage", CubeSql.InsertPriorityCoverage));
        statements.AddRange(CubeSql.DeleteSubmissionCubes.Select((s, i) => ($"DeleteSubmissionCubes[{i}]", s)));
        statements.Add(("InsertSubmissionStatus", sql.InsertSubmissionStatus));
        statements.Add(("InsertSubmissionStatusRegion", sql.InsertSubmissionStatusRegion));
        statements.Add(("InsertSubmissionCoverage", sql.InsertSubmissionCoverage));
        statements.Add(("InsertAlignmentSections", sql.InsertAlignmentSections));
        statements.Add(("InsertAlignment", sql.InsertAlignment));
        statements.Add(("InsertGraduateFit", CubeSql.InsertGraduateFit));
        statements.Add(("SalaryMedians.SelectPending", SalaryMedians.SelectPending));
        statements.Add(("SalaryMedians.SelectHistogram", SalaryMedians.SelectHistogram));
        statements.Add(("UpdateMedians(3)", sql.UpdateMedians(3)));
        foreach (var wholeYear in new[] { true, false })
        {
            statements.Add(($"DeleteBaseCategory({wholeYear})", sql.DeleteBaseCategory(wholeYear)));
            statements.Add(($"InsertBaseCategory({wholeYear})", sql.InsertBaseCategory(wholeYear)));
        }
        return statements.Select(s => new TestCaseData(s.Text).SetName($"{{m}}({s.Name})"));
    }

    [TestCaseSource(nameof(SqlServerStatements))]
    public void SQL_Server_cube_statement_parses_as_T_SQL(string statement) =>
        Assert.That(TSql.ParseWithoutErrors(statement).Batches.SelectMany(b => b.Statements), Is.Not.Empty);
}
