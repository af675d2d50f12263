using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace VocEd.Reports.Tests.Support;

/// <summary>
/// A real SMTP server in this process (SmtpServer) on 127.0.0.1 and a free port: it keeps every message it accepted
/// (parsed by MimeKit, with its raw text), refuses addresses at <see cref="RefusedHost"/> with 550, and can be
/// stopped and started again on the same port, or told to answer 451 to the next messages.
/// </summary>
internal sealed class TestSmtpServer : IAsyncDisposable
{
    /// <summary>Addresses at this host are refused for good (550 at RCPT TO).</summary>
    public const string RefusedHost = "bounce.example.cn";

    private readonly ConcurrentQueue<ReceivedMessage> _messages = new();
    private CancellationTokenSource? _stop;
    private Task? _running;
    private int _temporaryRefusals;

    private TestSmtpServer(int port)
    {
        Port = port;
    }

    public int Port { get; }

    public IReadOnlyList<ReceivedMessage> Messages => [.. _messages];

    public static async Task<TestSmtpServer> StartAsync()
    {
        var server = new TestSmtpServer(FreePort());
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>The next <paramref name="count"/> messages are answered 451 (try again later).</summary>
    public void RefuseTemporarily(int count) => Interlocked.Exchange(ref _temporaryRefusals, count);

    public async Task StartAgainAsync()
    {
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new ServiceProvider();
        services.Add(new Store(this));
        services.Add(new Filter());
        var server = new SmtpServer.SmtpServer(options, services);
        _stop = new CancellationTokenSource();
        _running = server.StartAsync(_stop.Token);
        for (var i = 0; i < 100 && !await AcceptsAsync(); i++)
        {
            await Task.Delay(50);
        }
    }

    public async Task StopAsync()
    {
        if (_stop is null || _running is null)
        {
            return;
        }

        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
            // Stopped as asked.
        }

        _stop.Dispose();
        _stop = null;
        _running = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task<bool> AcceptsAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Store(TestSmtpServer server) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (Interlocked.Decrement(ref server._temporaryRefusals) >= 0)
            {
                return Task.FromResult(new SmtpResponse((SmtpReplyCode)451, "try again later"));
            }

            var raw = buffer.ToArray();
            using var stream = new MemoryStream(raw);
            var message = MimeMessage.Load(stream, cancellationToken);
            var to = transaction.To.Select(m => $"{m.User}@{m.Host}").ToList();
            server._messages.Enqueue(new ReceivedMessage(to, message, System.Text.Encoding.ASCII.GetString(raw)));
            return Task.FromResult(SmtpResponse.Ok);
        }
    }

    private sealed class Filter : IMailboxFilter
    {
        public Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken) => Task.FromResult(true);

        public Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
            Task.FromResult(!string.Equals(to.Host, RefusedHost, StringComparison.OrdinalIgnoreCase));
    }
}
