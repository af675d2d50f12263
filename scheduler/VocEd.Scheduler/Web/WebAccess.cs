using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.HttpOverrides;
using VocEd.Scheduler.Access;

namespace VocEd.Scheduler.Web;

/// <summary>
/// Who may use the web host: people sign in at <c>/signin</c> (a cookie), programs send <c>Authorization: ApiKey
/// prefix.secret</c>. Everything needs one or the other except <c>/healthz</c> and <c>/signin</c>; the API answers 401
/// where a browser is sent to <c>/signin</c>, and 403 outside one's role or region. <c>/api</c> takes a cookie only with
/// the antiforgery header; forwarded headers count only from the configured proxies.
/// </summary>
internal static class WebAccess
{
    public const string Scheme = "voced";
    public const string CookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string CookieName = "voced.auth";
    public const string AntiforgeryHeader = "X-CSRF-TOKEN";
    public const string SubmitPolicy = "submit";
    public const string ReadPolicy = "read";
    public const string SignInPath = "/signin";
    public const string ApiPath = "/api";

    /// <summary>The services of the web face's access (before the scheduler's own registrations, whose defaults they replace).</summary>
    public static IServiceCollection AddWebAccess(this IServiceCollection services, AccessOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        services.AddTransient<AuditTrail>();
        // ASP.NET Core's own forwarded-headers step (switched on by ASPNETCORE_FORWARDEDHEADERS_ENABLED, as some hosting
        // platforms do) believes every proxy: it stays off, the only one is UseBeforeDashboard's, for the configured proxies.
        services.PostConfigure<ForwardedHeadersOptions>(o => o.ForwardedHeaders = ForwardedHeaders.None);
        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "cookie or API key", o => o.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.ToString().StartsWith(ApiKeyAuthenticationHandler.HeaderPrefix, StringComparison.OrdinalIgnoreCase)
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : CookieScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddCookie(CookieScheme, o =>
            {
                o.Cookie.Name = CookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = options.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                o.LoginPath = SignInPath;
                o.ExpireTimeSpan = TimeSpan.FromHours(options.SessionHours);
                o.SlidingExpiration = true;
                o.Events.OnRedirectToLogin = context =>
                {
                    if (IsApi(context.Request))
                    {
                        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    }
                    else
                    {
                        context.Response.Redirect(context.RedirectUri);
                    }

                    return Task.CompletedTask;
                };
                o.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
                o.Events.OnValidatePrincipal = ValidateCookieAsync;
            });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder(Scheme).RequireAuthenticatedUser().Build())
            .AddPolicy(SubmitPolicy, p => p.AddAuthenticationSchemes(Scheme).RequireRole(AccessRoles.Admin, AccessRoles.Submitter))
            .AddPolicy(ReadPolicy, p => p.AddAuthenticationSchemes(Scheme).RequireRole(AccessRoles.Admin, AccessRoles.Official));
        services.AddAntiforgery(o =>
        {
            o.HeaderName = AntiforgeryHeader;
            o.Cookie.Name = "voced.af";
            // Antiforgery refuses to issue a Secure-only cookie on a plain-HTTP request (as the host sees a request the
            // proxy relayed, unless that proxy is configured); it follows the request's scheme, the session cookie stays Secure.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        return services;
    }

    /// <summary>The middleware before the Hangfire dashboard: forwarded headers (configured proxies only), authentication, the dashboard's gate.</summary>
    public static void UseBeforeDashboard(WebApplication app, string dashboardPath)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use((http, next) =>
        {
            // No page of this host is meant to sit in another site's frame (the sign-in form least of all), and no
            // answer is to be read as another type than it says.
            var headers = http.Response.Headers;
            headers["X-Frame-Options"] = "DENY";
            headers["Content-Security-Policy"] = "frame-ancestors 'none'";
            headers["X-Content-Type-Options"] = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            return next(http);
        });
        var options = app.Services.GetRequiredService<AccessOptions>();
        if (options.KnownProxies.Count > 0)
        {
            var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost };
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
            foreach (var proxy in options.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            app.UseForwardedHeaders(forwarded);
        }

        app.UseAuthentication();
        app.Use(async (http, next) =>
        {
            if (http.Request.Path.StartsWithSegments(dashboardPath, StringComparison.OrdinalIgnoreCase))
            {
                var admins = await http.RequestServices.GetRequiredService<AccessStore>().AnyAdminAsync(http.RequestAborted).ConfigureAwait(false);
                http.Items[AdminDashboardAuthorization.AdminsExistKey] = admins;
                if (admins && http.User.Identity?.IsAuthenticated != true)
                {
                    await http.ChallengeAsync(CookieScheme).ConfigureAwait(false);
                    return;
                }

                if (admins && !http.User.IsInRole(AccessRoles.Admin))
                {
                    http.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return;
                }
            }

            await next(http).ConfigureAwait(false);
        });
    }

    /// <summary>The middleware and endpoints after the Hangfire dashboard: authorization, the API's antiforgery rule, sign-in, the API, the dashboards.</summary>
    public static void UseAfterDashboard(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAuthorization();
        app.Use(async (http, next) =>
        {
            if (IsApi(http.Request) && string.Equals(http.User.Identity?.AuthenticationType, CookieScheme, StringComparison.Ordinal))
            {
                try
                {
                    await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http).ConfigureAwait(false);
                }
                catch (AntiforgeryValidationException)
                {
                    await Results.Json(new ApiError("antiforgery_required", $"a signed-in browser must send the {AntiforgeryHeader} header (GET /antiforgery) with every /api request; programs use Authorization: ApiKey"),
                        statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(http).ConfigureAwait(false);
                    return;
                }
            }

            await next(http).ConfigureAwait(false);
        });
        SignInEndpoints.Map(app);
        SubmissionEndpoints.Map(app);
        ReportEndpoints.Map(app);
        DashboardEndpoints.Map(app);
        app.MapFallback(() => Results.NotFound());
    }

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments(ApiPath, StringComparison.OrdinalIgnoreCase);

    /// <summary>A cookie stays valid while its account exists, is enabled and has not had its password reset since.</summary>
    private static async Task ValidateCookieAsync(CookieValidatePrincipalContext context)
    {
        var name = context.Principal?.Identity?.Name;
        var stamp = context.Principal?.FindFirst(AccessClaims.Stamp)?.Value;
        var account = name is null ? null : await context.HttpContext.RequestServices.GetRequiredService<AccessStore>().FindAccountAsync(name, context.HttpContext.RequestAborted).ConfigureAwait(false);
        if (account is null || account.IsDisabled || !string.Equals(AccessClaims.StampOf(account), stamp, StringComparison.Ordinal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieScheme).ConfigureAwait(false);
        }
    }
}
