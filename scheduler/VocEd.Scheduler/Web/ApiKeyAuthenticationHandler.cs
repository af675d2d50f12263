using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using VocEd.Scheduler.Access;

namespace VocEd.Scheduler.Web;

/// <summary>
/// Programs authenticate with <c>Authorization: ApiKey prefix.secret</c>: the key's account, with its role and binding,
/// unless the key is unknown, revoked or wrong, or its account disabled (then 401).
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    AccountService accounts,
    AuditTrail audit)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderPrefix = "ApiKey ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(HeaderPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var (account, outcome) = await accounts.AuthenticateKeyAsync(header[HeaderPrefix.Length..].Trim(), Context.RequestAborted).ConfigureAwait(false);
        if (account is null || !string.Equals(outcome, SignInResult.Succeeded, StringComparison.Ordinal))
        {
            await audit.WriteAsync(account?.UserName ?? AuditActions.Unknown, AuditActions.ApiKey, null, "failed: " + outcome).ConfigureAwait(false);
            return AuthenticateResult.Fail("the API key is not valid");
        }

        return AuthenticateResult.Success(new AuthenticationTicket(AccessClaims.Principal(account, SchemeName), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "ApiKey";
        return Task.CompletedTask;
    }
}
