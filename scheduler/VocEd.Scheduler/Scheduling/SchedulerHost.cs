using Hangfire;
using Hangfire.Storage;
using VocEd.Scheduler.Access;
using VocEd.Scheduler.Composition;
using VocEd.Scheduler.Web;

namespace VocEd.Scheduler.Scheduling;

/// <summary>
/// Builds the scheduler's host: with the web face — an ASP.NET Core host with <c>/healthz</c> and the Hangfire dashboard at
/// <c>/hangfire</c> (admins; this machine only until an admin account exists), sign-in, the API and the dashboards (<see cref="WebAccess"/>) — or without it (<c>serve --no-web</c>: a worker process,
/// a generic host). Either runs the Hangfire servers unless told not to (<c>--no-jobs</c>).
/// </summary>
internal static class SchedulerHost
{
    public const string DashboardPath = "/hangfire";
    public const string HealthPath = "/healthz";

    /// <summary>A worker host: Hangfire servers and the recurring jobs' registration, no web.</summary>
    public static IHost BuildWorker(SchedulerSetup setup, LogLevel logLevel, Action<IServiceCollection>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = AppContext.BaseDirectory });
        Configure(builder.Services, builder.Logging, setup, runJobs: true, logLevel, extra);
        return builder.Build();
    }

    /// <summary>The web host on <paramref name="urls"/>, with the Hangfire servers when <paramref name="runJobs"/>.</summary>
    public static WebApplication BuildWeb(SchedulerSetup setup, string urls, bool runJobs, LogLevel logLevel, Action<IServiceCollection>? extra = null, AccessOptions? access = null)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.WebHost.UseUrls(urls);
        builder.Services.AddWebAccess(access ?? new AccessOptions());
        Configure(builder.Services, builder.Logging, setup, runJobs, logLevel, extra);
        var app = builder.Build();
        app.Services.GetRequiredService<AccessStore>().EnsureCreatedAsync(CancellationToken.None).GetAwaiter().GetResult();
        var storage = app.Services.GetRequiredService<JobStorage>();
        WebAccess.UseBeforeDashboard(app, DashboardPath);
        app.MapGet(HealthPath, async (HttpContext http, CancellationToken ct) =>
        {
            try
            {
                await using var db = setup.Warehouse.CreateContext();
                var warehouseUp = await db.Database.CanConnectAsync(ct).ConfigureAwait(false);
                using var connection = storage.GetConnection();
                _ = connection.GetRecurringJobs();
                return warehouseUp ? Results.Text("ok\n") : Results.Text("warehouse unreachable\n", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return Results.Text($"unavailable: {ex.GetType().Name}\n", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).AllowAnonymous();
        app.UseHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [new AdminDashboardAuthorization()],
            DashboardTitle = "VocEd Warehouse jobs",
            DisplayStorageConnectionString = false,
        }, storage);
        WebAccess.UseAfterDashboard(app);
        return app;
    }

    private static void Configure(IServiceCollection services, ILoggingBuilder logging, SchedulerSetup setup, bool runJobs, LogLevel logLevel, Action<IServiceCollection>? extra)
    {
        logging.ClearProviders();
        logging.SetMinimumLevel(logLevel);
        logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        logging.AddFilter("Microsoft.Hosting", LogLevel.Warning);
        logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ssZ ";
        });
        logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
        services.AddVoced(setup.Warehouse, setup.Etl, setup.ReferenceDirectory, setup.Delivery);
        var storage = HangfireStorageFactory.Create(setup.Warehouse, setup.Scheduler);
        services.AddScheduler(setup, storage, runJobs);
        extra?.Invoke(services);
    }
}
