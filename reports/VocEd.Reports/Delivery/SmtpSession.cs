using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace VocEd.Reports.Delivery;

/// <summary>
/// One connection to the mail server for one delivery run (MailKit): connected and signed in on the first message,
/// reconnected after a fault. A refusal of the recipient or the message with a 5xx code is permanent; everything else
/// (no connection, 4xx, time-out, sign-in) is a passing fault, since it is not the recipient's.
/// </summary>
public sealed class SmtpSession(SmtpOptions options) : IAsyncDisposable
{
    private SmtpClient? _client;

    public async Task<SendResult> SendAsync(MimeMessage message, CancellationToken ct)
    {
        try
        {
            var client = await ConnectedAsync(ct).ConfigureAwait(false);
            await client.SendAsync(message, ct).ConfigureAwait(false);
            return SendResult.Sent;
        }
        catch (SmtpCommandException e) when ((int)e.StatusCode >= 500 && e.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted)
        {
            return new SendResult(SendStatus.Permanent, AddressScrubber.Scrub($"{e.ErrorCode} {(int)e.StatusCode}: {e.Message}"));
        }
        catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or IOException or SocketException or TimeoutException
            or AuthenticationException or ServiceNotConnectedException or ServiceNotAuthenticatedException or SslHandshakeException)
        {
            await DropAsync().ConfigureAwait(false);
            return new SendResult(SendStatus.Transient, AddressScrubber.Scrub($"{e.GetType().Name}: {e.Message}"));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_client is { IsConnected: true } client)
        {
            try
            {
                await client.DisconnectAsync(quit: true, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or SocketException or SmtpProtocolException or SmtpCommandException or TimeoutException)
            {
                // The messages are sent; a failed goodbye changes nothing.
            }
        }

        _client?.Dispose();
        _client = null;
    }

    private async Task<SmtpClient> ConnectedAsync(CancellationToken ct)
    {
        if (_client is { IsConnected: true } connected)
        {
            return connected;
        }

        await DropAsync().ConfigureAwait(false);
        var client = new SmtpClient { Timeout = options.TimeoutSeconds * 1000 };
        _client = client;
        var security = options.Security switch
        {
            SmtpSecurity.None => SecureSocketOptions.None,
            SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
            SmtpSecurity.Ssl => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTlsWhenAvailable,
        };
        await client.ConnectAsync(options.Host, options.Port, security, ct).ConfigureAwait(false);
        if (!string.IsNullOrEmpty(options.User))
        {
            await client.AuthenticateAsync(options.User, options.Password ?? string.Empty, ct).ConfigureAwait(false);
        }

        return client;
    }

    private async Task DropAsync()
    {
        if (_client is not null)
        {
            await DisposeAsync().ConfigureAwait(false);
        }
    }
}
