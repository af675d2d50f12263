namespace VocEd.Scheduler.Tests.Cli;

/// <summary>`voced report`: the catalog, and one-line errors with exit code 2 for what the user can fix.</summary>
public sealed class ReportCommandTests
{
    [Test]
    public async Task Report_list_prints_the_catalog()
    {
        var run = await CliRun.RunAsync("report", "list");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(run.Output, Does.Contain("regional-quality  职业教育质量报告").And.Contain("major-industry-alignment  专业设置与产业需求适配分析"));
        Assert.That(run.Output, Does.Contain("概览 · 分地区 · 分类型 · 趋势 · 毕业去向 · 数据质量 · 说明"));
    }

    [TestCase("--report", "quality", "--scope", "44", "--out", "x", "unknown report 'quality'")]
    [TestCase("--report", "regional-quality", "--scope", "every-county", "--out", "x", "unknown scope 'every-county'")]
    [TestCase("--report", "regional-quality", "--out", "x", "--scope", "", "unknown scope")]
    [TestCase("--report", "regional-quality", "--scope", "44", "--year", "2024", "--min-denominator", "5", "--out is required")]
    public async Task A_mistake_is_one_line_and_exit_code_2(params string[] args)
    {
        var run = await CliRun.RunAsync(["report", .. args[..^1]]);
        Assert.That(run.ExitCode, Is.EqualTo(2), run.Output + run.Error);
        Assert.That(run.Error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(run.Error, Does.StartWith("voced: error: ").And.Contain(args[^1]));
    }
}
