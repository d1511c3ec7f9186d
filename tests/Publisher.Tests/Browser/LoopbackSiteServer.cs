using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Publisher.Cli.Serving;

namespace Publisher.Tests.Browser;

/// <summary>
/// Serves built sites as a static host would, on 127.0.0.1 at a free port, each under its own subpath: the files as
/// written (unlike `publisher serve`, nothing is added to pages), folders by their index.html, and the site's
/// 404.html with status 404. Paths are mapped by the CLI's <see cref="SafeFileResolver"/>.
/// </summary>
public sealed class LoopbackSiteServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly WebApplication app;

    private LoopbackSiteServer(WebApplication app, Uri origin)
    {
        this.app = app;
        Origin = origin;
    }

    /// <summary>http://127.0.0.1:port, without a trailing slash.</summary>
    public Uri Origin { get; }

    /// <param name="sites">Each site folder by the subpath it is served from ("/news/").</param>
    public static async Task<LoopbackSiteServer> StartAsync(IReadOnlyDictionary<string, string> sites)
    {
        var resolvers = sites.Select(static s => (BasePath: s.Key, Resolver: new SafeFileResolver(s.Value, s.Key))).ToArray();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.Run(context => Handle(context, resolvers));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()?.Addresses.Single() ?? throw new InvalidOperationException("the server has no address");
        return new LoopbackSiteServer(app, new Uri(address));
    }

    public Uri Url(string basePath, string sitePath) => new(Origin, basePath + sitePath);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static async Task Handle(HttpContext context, (string BasePath, SafeFileResolver Resolver)[] resolvers)
    {
        var path = context.Request.Path.Value ?? "/";
        var site = resolvers.FirstOrDefault(r => (path + "/").StartsWith(r.BasePath, StringComparison.Ordinal));
        if (site.Resolver is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var file = site.Resolver.Resolve(path, out var redirect);
        if (redirect is not null)
        {
            context.Response.Redirect(redirect, permanent: true);
            return;
        }

        if (file is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            file = Path.Combine(site.Resolver.Root, "404.html");
        }

        context.Response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        await context.Response.SendFileAsync(file);
    }
}
