using Microsoft.SqlServer.TransactSql.ScriptDom;
using NUnit.Framework;

namespace VocEd.Testing;

/// <summary>T-SQL checked without a server: the statements we would send to SQL Server parse with ScriptDom.</summary>
public static class TSql
{
    /// <summary>Parses <paramref name="sql"/> (quoted identifiers on) and asserts there are no errors; returns the script.</summary>
    public static TSqlScript ParseWithoutErrors(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        var fragment = parser.Parse(reader, out var errors);
        Assert.That(errors.Select(e => $"line {e.Line}: {e.Message}"), Is.Empty);
        Assert.That(fragment, Is.InstanceOf<TSqlScript>());
        return (TSqlScript)fragment;
    }
}
