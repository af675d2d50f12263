using MimeKit;
using VocEd.Reports.Delivery;
using VocEd.Testing;

namespace VocEd.Reports.Tests.Delivery;

public sealed class MailComposerTests
{
    [Test]
    public void Chinese_subject_and_file_name_survive_the_wire_and_the_file_name_is_RFC_2231_encoded()
    {
        using var temp = new TempDirectory("voced-mail");
        var file = temp.File("4401_广州市_专业设置与产业需求适配分析_2024学年.xlsx");
        File.WriteAllBytes(file, [1, 2, 3]);
        var key = new DeliveryKey(7, "4401", new DateTime(2026, 12, 6, 23, 0, 0, DateTimeKind.Utc), "email", 12);
        var message = MailComposer.Compose(
            new MailboxAddress("职业教育统计数据仓库", "voced@stats.example.cn"), new MailboxAddress("张三", "zhang@example.cn"), key.MessageId("stats.example.cn"),
            "【职业教育统计】广州市 2024学年 专业设置与产业需求适配分析", "您好：", [file], DateTimeOffset.UnixEpoch);

        using var wire = new MemoryStream();
        message.WriteTo(wire);
        var raw = System.Text.Encoding.ASCII.GetString(wire.ToArray());
        Assert.That(raw, Does.Match(@"filename\*(0\*)?=utf-8''4401_%E5%B9%BF"), "RFC 2231 in Content-Disposition");
        Assert.That(raw, Does.Contain("name=\"=?utf-8?"), "RFC 2047 in Content-Type for older Outlook");
        Assert.That(raw, Does.Contain("Message-Id: <voced.7.4401.20261206T2300Z.email.12@stats.example.cn>"));
        wire.Position = 0;
        var read = MimeMessage.Load(wire);
        Assert.That(read.Subject, Is.EqualTo("【职业教育统计】广州市 2024学年 专业设置与产业需求适配分析"));
        Assert.That(read.Attachments.OfType<MimePart>().Single().FileName, Is.EqualTo("4401_广州市_专业设置与产业需求适配分析_2024学年.xlsx"));
        Assert.That(read.TextBody, Is.EqualTo("您好："));
        Assert.That(read.To.Mailboxes.Select(m => m.Address), Is.EqualTo(new[] { "zhang@example.cn" }));
    }
}
