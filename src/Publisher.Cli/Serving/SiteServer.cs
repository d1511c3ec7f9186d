using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;

namespace Publisher.Cli.Serving;

/// <summary>
/// Serves a built site on loopback for previewing: clean URLs, the site's 404 page, and a reload signal after each
/// rebuild. Only files inside the site folder are ever read.
/// </summary>
public sealed class SiteServer(string siteFolder, string basePath, ReloadHub hub)
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly SafeFileResolver resolver = new(siteFolder, basePath);

    public WebApplication Create(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.Run(Handle);
        return app;
    }

    public async Task Handle(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path == ReloadHub.EventsPath)
        {
            await hub.Listen(context);
            return;
        }

        if (path == ReloadHub.ScriptPath)
        {
            context.Response.ContentType = "text/javascript; charset=utf-8";
            await context.Response.WriteAsync(ReloadHub.Script);
            return;
        }

        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        // The raw target, not the decoded Path: "%2e%2e" must be judged after decoding, once, here.
        var raw = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget ?? path;
        var query = raw.IndexOf('?');
        var target = query >= 0 ? raw[..query] : raw;
        var file = resolver.Resolve(target, out var redirect);
        if (redirect is not null)
        {
            context.Response.Redirect(redirect);
            return;
        }

        var status = StatusCodes.Status200OK;
        if (file is null)
        {
            status = StatusCodes.Status404NotFound;
            var notFound = Path.Combine(resolver.Root, "404.html");
            file = File.Exists(notFound) ? notFound : null;
        }

        context.Response.StatusCode = status;
        context.Response.Headers.CacheControl = "no-cache";
        if (file is null)
        {
            await context.Response.WriteAsync("Not found");
            return;
        }

        if (!ContentTypes.TryGetContentType(file, out var type))
        {
            type = "application/octet-stream";
        }

        context.Response.ContentType = type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("json", StringComparison.Ordinal) || type.EndsWith("xml", StringComparison.Ordinal)
            ? type + "; charset=utf-8"
            : type;
        if (type == "text/html")
        {
            var html = await File.ReadAllTextAsync(file);
            var tag = $"<script src=\"{ReloadHub.ScriptPath}\"></script>";
            var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
            html = at >= 0 ? html.Insert(at, tag) : html + tag;
            var bytes = Encoding.UTF8.GetBytes(html);
            context.Response.ContentLength = bytes.Length;
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await context.Response.Body.WriteAsync(bytes);
            }

            return;
        }

        context.Response.ContentLength = new FileInfo(file).Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.SendFileAsync(file);
        }
    }
}
