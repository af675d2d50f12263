using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using VocEd.Scheduler.Access;

namespace VocEd.Scheduler.Web;

/// <summary>
/// <c>GET /signin</c> (the form), <c>POST /signin</c>, <c>POST /signout</c>, <c>GET /</c> (who one is, and where to go),
/// <c>GET /antiforgery</c> (the token a signed-in page sends as a header to <c>/api</c>). Every failed sign-in is answered
/// alike — a bad password, an unknown name, a locked or disabled account — and the audit log says which it was.
/// </summary>
internal static class SignInEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet(WebAccess.SignInPath, (HttpContext http, IAntiforgery antiforgery, string? returnUrl) =>
            Page(SignInPage.Render(antiforgery.GetAndStoreTokens(http), SafeReturn(returnUrl), null), StatusCodes.Status200OK)).AllowAnonymous();

        app.MapPost(WebAccess.SignInPath, async (HttpContext http, IAntiforgery antiforgery, AccountService accounts, AuditTrail audit, CancellationToken ct) =>
        {
            if (!http.Request.HasFormContentType)
            {
                return Results.BadRequest();
            }

            try
            {
                await antiforgery.ValidateRequestAsync(http).ConfigureAwait(false);
            }
            catch (AntiforgeryValidationException)
            {
                return Page(SignInPage.Render(antiforgery.GetAndStoreTokens(http), null, "表单已过期，请重新登录 (the form expired: sign in again)"), StatusCodes.Status400BadRequest);
            }

            var form = await http.Request.ReadFormAsync(ct).ConfigureAwait(false);
            var returnUrl = SafeReturn(form["returnUrl"].ToString());
            var result = await accounts.SignInAsync(form["userName"].ToString(), form["password"].ToString(), ct).ConfigureAwait(false);
            await audit.WriteAsync(result.Account?.UserName ?? AuditActions.Unknown, AuditActions.SignIn, null, result.Outcome).ConfigureAwait(false);
            if (!result.IsSuccess || result.Account is null)
            {
                return Page(SignInPage.Render(antiforgery.GetAndStoreTokens(http), returnUrl, "用户名或密码错误 (wrong user name or password)"), StatusCodes.Status401Unauthorized);
            }

            await http.SignInAsync(WebAccess.CookieScheme, AccessClaims.Principal(result.Account, WebAccess.CookieScheme),
                new AuthenticationProperties { IsPersistent = false }).ConfigureAwait(false);
            return Results.Redirect(returnUrl ?? "/");
        }).AllowAnonymous().DisableAntiforgery();

        app.MapPost("/signout", async (HttpContext http, IAntiforgery antiforgery, AuditTrail audit, CancellationToken ct) =>
        {
            try
            {
                await antiforgery.ValidateRequestAsync(http).ConfigureAwait(false);
            }
            catch (AntiforgeryValidationException)
            {
                return Results.BadRequest();
            }

            await audit.WriteAsync(http.User.Identity?.Name ?? AuditActions.Unknown, AuditActions.SignOut, null, SignInResult.Succeeded).ConfigureAwait(false);
            await http.SignOutAsync(WebAccess.CookieScheme).ConfigureAwait(false);
            return Results.Redirect(WebAccess.SignInPath);
        }).DisableAntiforgery();

        app.MapGet("/", (HttpContext http, IAntiforgery antiforgery) =>
            AccessClaims.CallerOf(http.User) is { } caller
                ? Page(SignInPage.Home(caller, antiforgery.GetAndStoreTokens(http)), StatusCodes.Status200OK)
                : Results.Challenge());

        app.MapGet("/antiforgery", (HttpContext http, IAntiforgery antiforgery) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(http);
            return Results.Json(new { header = WebAccess.AntiforgeryHeader, token = tokens.RequestToken });
        });
    }

    /// <summary>
    /// Only a path on this host: never another site, never a scheme-relative <c>//host</c> or <c>/\host</c> — nor one
    /// that becomes so in a browser, which drops tabs and line breaks from an address (<c>/&#9;/host</c>) and reads a
    /// backslash as a slash.
    /// </summary>
    public static string? SafeReturn(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && (url.Length == 1 || url[1] != '/')
            && !url.Any(c => c == '\\' || char.IsControl(c) || char.IsWhiteSpace(c)) && !url.Contains("://", StringComparison.Ordinal)
            ? url
            : null;

    private static IResult Page(string html, int status) => Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);

    /// <summary>HTML-encodes text for the pages.</summary>
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
