using MimeKit;
using MimeKit.Text;

namespace VocEd.Reports.Delivery;

/// <summary>
/// Builds one region's message to one recipient: only that recipient in To, the Message-ID of the delivery key, the
/// Chinese subject (RFC 2047) and plain-text body (UTF-8), and each workbook attached under its Chinese file name —
/// RFC 2231 in Content-Disposition (what current mail programs read) and RFC 2047 in Content-Type's name (what older
/// Outlook versions read).
/// </summary>
public static class MailComposer
{
    public const string XlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static MimeMessage Compose(MailboxAddress from, MailboxAddress to, string messageId, string subject, string body, IReadOnlyList<string> files, DateTimeOffset date)
    {
        ArgumentNullException.ThrowIfNull(files);
        var message = new MimeMessage { MessageId = messageId, Subject = subject, Date = date };
        message.From.Add(from);
        message.To.Add(to);
        var multipart = new Multipart("mixed") { new TextPart(TextFormat.Plain) { Text = body, ContentTransferEncoding = ContentEncoding.Base64 } };
        foreach (var file in files)
        {
            multipart.Add(Attachment(file));
        }

        message.Body = multipart;
        return message;
    }

    private static MimePart Attachment(string path)
    {
        var name = Path.GetFileName(path);
        var part = new MimePart(ContentType.Parse(XlsxMediaType))
        {
            Content = new MimeContent(new MemoryStream(File.ReadAllBytes(path))),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = name,
        };
        foreach (var parameter in part.ContentDisposition.Parameters)
        {
            parameter.EncodingMethod = ParameterEncodingMethod.Rfc2231;
        }

        foreach (var parameter in part.ContentType.Parameters)
        {
            parameter.EncodingMethod = ParameterEncodingMethod.Rfc2047;
        }

        return part;
    }
}
