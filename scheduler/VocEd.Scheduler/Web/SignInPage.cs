using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using VocEd.Scheduler.Access;

namespace VocEd.Scheduler.Web;

/// <summary>The sign-in form and the signed-in home page: plain HTML, no script, nothing from another site.</summary>
internal static class SignInPage
{
    private const string _style = "body{font-family:'WenQuanYi Micro Hei','Microsoft YaHei',sans-serif;max-width:28rem;margin:4rem auto;padding:0 1rem}"
        + "label{display:block;margin:.8rem 0 .2rem}input[type=text],input[type=password]{width:100%;padding:.4rem}"
        + "button{margin-top:1rem;padding:.4rem 1.2rem}.error{color:#b00020}";

    public static string Render(AntiforgeryTokenSet tokens, string? returnUrl, string? error)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>登录 · VocEd Warehouse</title><style>").Append(_style).Append("</style></head><body>");
        html.Append("<h1>职业教育数据仓库 登录</h1>");
        if (error is not null)
        {
            html.Append("<p class=\"error\" role=\"alert\">").Append(SignInEndpoints.Encode(error)).Append("</p>");
        }

        html.Append("<form method=\"post\" action=\"/signin\">");
        html.Append("<input type=\"hidden\" name=\"").Append(SignInEndpoints.Encode(tokens.FormFieldName)).Append("\" value=\"").Append(SignInEndpoints.Encode(tokens.RequestToken)).Append("\">");
        html.Append("<input type=\"hidden\" name=\"returnUrl\" value=\"").Append(SignInEndpoints.Encode(returnUrl)).Append("\">");
        html.Append("<label for=\"userName\">用户名 (user name)</label><input type=\"text\" id=\"userName\" name=\"userName\" autocomplete=\"username\" required>");
        html.Append("<label for=\"password\">密码 (password)</label><input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"current-password\" required>");
        html.Append("<button type=\"submit\">登录 (sign in)</button></form></body></html>");
        return html.ToString();
    }

    public static string Home(Caller caller, AntiforgeryTokenSet tokens)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(tokens);
        var binding = caller.SchoolCode is { } school ? "school " + school : "region " + (caller.RegionCode ?? RegionCodes.Nation);
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>VocEd Warehouse</title><style>").Append(_style).Append("</style></head><body>");
        html.Append("<h1>职业教育数据仓库</h1><p>").Append(SignInEndpoints.Encode(caller.UserName)).Append(" · ").Append(SignInEndpoints.Encode(caller.Role))
            .Append(" · ").Append(SignInEndpoints.Encode(binding)).Append("</p><ul>");
        if (caller.IsAdmin || string.Equals(caller.Role, AccessRoles.Official, StringComparison.Ordinal))
        {
            html.Append("<li><a href=\"/dashboards/\">数据看板 (dashboards)</a></li>");
        }

        if (caller.IsAdmin)
        {
            html.Append("<li><a href=\"/hangfire\">作业 (jobs)</a></li>");
        }

        if (caller.MaySubmit)
        {
            html.Append("<li>上传报送文件: POST /api/submissions (see docs/access.md)</li>");
        }

        html.Append("</ul><form method=\"post\" action=\"/signout\">");
        html.Append("<input type=\"hidden\" name=\"").Append(SignInEndpoints.Encode(tokens.FormFieldName)).Append("\" value=\"").Append(SignInEndpoints.Encode(tokens.RequestToken)).Append("\">");
        html.Append("<button type=\"submit\">退出 (sign out)</button></form></body></html>");
        return html.ToString();
    }
}
