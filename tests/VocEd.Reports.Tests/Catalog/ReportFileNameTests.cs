using VocEd.Reports.Catalog;

namespace VocEd.Reports.Tests.Catalog;

public sealed class ReportFileNameTests
{
    [Test]
    public void The_file_name_is_code_name_title_and_year()
    {
        Assert.That(ReportFileName.For("44", "广东省", "职业教育质量报告", 2024), Is.EqualTo("44_广东省_职业教育质量报告_2024学年.xlsx"));
        Assert.That(ReportFileName.For("CN", "全国", "专业设置与产业需求适配分析", 2023), Is.EqualTo("CN_全国_专业设置与产业需求适配分析_2023学年.xlsx"));
    }

    [Test]
    public void Characters_windows_forbids_and_white_space_never_reach_the_name()
    {
        var name = ReportFileName.For("4401", "广州 市:新/区?\t", "报告*\"<>|\\.", 2024);
        Assert.That(name, Is.EqualTo("4401_广州市_新_区__报告_______2024学年.xlsx"));
        Assert.That(name.IndexOfAny(Path.GetInvalidFileNameChars().Concat("<>:\"/\\|?* \t").ToArray()), Is.EqualTo(-1));
    }
}
