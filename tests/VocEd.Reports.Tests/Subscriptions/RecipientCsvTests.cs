using VocEd.Reports.Subscriptions;

namespace VocEd.Reports.Tests.Subscriptions;

public sealed class RecipientCsvTests
{
    [Test]
    public void Chinese_or_English_headers_quoted_fields_and_a_BOM_are_read()
    {
        using var reader = new StringReader("\uFEFF姓名,地区,邮箱\n\"王,五\",44,Wang.Wu@GD.example.cn\n\n李四,4401,li@example.cn\n");
        var rows = RecipientCsv.Read(reader);
        Assert.That(rows, Is.EqualTo(new[] { new RecipientRow(2, "44", "王,五", "wang.wu@gd.example.cn"), new RecipientRow(4, "4401", "李四", "li@example.cn") }));
    }

    [Test]
    public void A_missing_field_names_the_line_but_never_the_address()
    {
        using var reader = new StringReader("region,name,email\n44,,secret@example.cn\n");
        var error = Assert.Throws<ArgumentException>(() => RecipientCsv.Read(reader));
        Assert.That(error?.Message, Does.Contain("line 2").And.Not.Contain("secret"));
    }
}
