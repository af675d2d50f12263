using MimeKit;

namespace VocEd.Reports.Tests.Support;

/// <summary>One message the test SMTP server accepted: the envelope's recipients, the parsed message and its raw text.</summary>
internal sealed record ReceivedMessage(IReadOnlyList<string> EnvelopeTo, MimeMessage Message, string Raw);
